import * as Y from 'yjs';
import { fail, ok, type Result } from '../result.ts';
import {
  isPathColour,
  isPathId,
  PATH_COLOURS,
  type PathColour,
  type PathId,
  pathsMap,
  type StepId,
  stepsOf,
} from './pathSchema.ts';
import { liveSteps } from './stepPosition.ts';

/** A deleted path the facilitator can still bring back ("Recently deleted"). */
export type DeletedPath = {
  readonly id: PathId;
  readonly name: string;
  readonly colour: PathColour;
  /** Its live steps, kept with it. */
  readonly steps: number;
  /** The deleter's clock, for "deleted at"; undefined from older clients. */
  readonly deletedAt?: number;
};

/**
 * The deleted paths whose name the erasure has not emptied yet (an erased path would come back
 * blank), newest delete first; undated deletes last.
 */
export function recentlyDeletedPaths(doc: Y.Doc): DeletedPath[] {
  const paths: DeletedPath[] = [];
  pathsMap(doc).forEach((entry, id) => {
    if (!isPathId(id) || !(entry instanceof Y.Map) || entry.get('deleted') !== true) return;
    const name = entry.get('name');
    if (typeof name !== 'string' || name === '' || !(entry.get('steps') instanceof Y.Map)) return;
    const colour = entry.get('colour');
    const deletedAt = entry.get('deletedAt');
    paths.push({
      id,
      name,
      colour: isPathColour(colour) ? colour : PATH_COLOURS[0],
      steps: liveSteps(entry).length,
      ...(typeof deletedAt === 'number' ? { deletedAt } : {}),
    });
  });
  return paths.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0) || (a.id < b.id ? -1 : 1));
}

/**
 * Brings a deleted path back with its steps, as `restoreNote` does a note: the soft delete is
 * undone, nothing else changes. The server forgets its delete time (`path:<id>` in `deletions`),
 * so a later delete is dated afresh.
 */
export function restorePath(doc: Y.Doc, id: PathId): Result {
  const entry = isPathId(id) ? pathsMap(doc).get(id) : undefined;
  if (!(entry instanceof Y.Map) || !(entry.get('steps') instanceof Y.Map)) return fail('unknown-path');
  if (entry.get('deleted') !== true) return fail('path-not-deleted');
  doc.transact(() => {
    entry.set('deleted', false);
    if (entry.has('deletedAt')) entry.delete('deletedAt');
  });
  return ok();
}

/** Brings a removed step back in its place (the Undo of `removeStep`); a step not removed is left as it is. */
export function restoreStep(doc: Y.Doc, path: PathId, step: StepId): Result {
  const entry = pathsMap(doc).get(path);
  if (!(entry instanceof Y.Map) || entry.get('deleted') === true || !(entry.get('steps') instanceof Y.Map)) {
    return fail('unknown-path');
  }
  const stepEntry = stepsOf(entry).get(step);
  if (!(stepEntry instanceof Y.Map)) return fail('unknown-step');
  if (stepEntry.get('removed') === true) stepEntry.set('removed', false);
  return ok();
}
