import type * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { addStep, type NewStep } from '../paths/addStep.ts';
import { createPath, type NewPath } from '../paths/createPath.ts';
import type { PathId, StepId } from '../paths/pathSchema.ts';
import type { Result } from '../result.ts';
import { seededRandom } from './seededRandom.ts';

/** The value of an operation that must succeed; fails the test with the refusal otherwise. */
export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.value;
}

/** A path on `doc` with `steps` in order (a note id links, a string is a free step in `before`). */
export function pathWith(
  doc: Y.Doc,
  path: NewPath | string,
  steps: readonly (NewStep | NoteId)[] = [],
  seed = 100,
): { path: PathId; steps: StepId[] } {
  const random = seededRandom(seed);
  const id = must(createPath(doc, typeof path === 'string' ? { name: path } : path, { random, now: () => seed }));
  const ids = steps.map((step) =>
    must(addStep(doc, id, typeof step === 'string' ? { noteId: step } : step, { random })),
  );
  return { path: id, steps: ids };
}
