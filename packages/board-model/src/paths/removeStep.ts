import type * as Y from 'yjs';
import { fail, ok, type Result } from '../result.ts';
import { livePathEntry, liveStepEntry, type PathId, type StepId } from './pathSchema.ts';

/**
 * Removes a step from a path: a soft delete (`removed: true`), so a concurrent edit of the step
 * cannot bring back half a step, undo brings it back in its place, and a merge does not bring
 * back a merged step that the plenary removed.
 */
export function removeStep(doc: Y.Doc, path: PathId, step: StepId): Result {
  const pathEntry = livePathEntry(doc, path);
  if (!pathEntry) return fail('unknown-path');
  const entry = liveStepEntry(pathEntry, step);
  if (!entry) return fail('unknown-step');
  entry.set('removed', true);
  return ok();
}
