import * as Y from 'yjs';
import { fail, ok, type Result } from '../result.ts';
import { type PathId, pathsMap, type StepId, stepsOf } from './pathSchema.ts';

/**
 * Brings a deleted path back with its steps (the Undo of `deletePath`, as `restoreNote` is of a
 * note's deletion). A path not deleted is left as it is; one erased meanwhile is gone.
 */
export function restorePath(doc: Y.Doc, id: PathId): Result {
  const entry = pathsMap(doc).get(id);
  if (!(entry instanceof Y.Map) || !(entry.get('steps') instanceof Y.Map)) return fail('unknown-path');
  if (entry.get('deleted') !== true) return ok();
  doc.transact(() => {
    entry.set('deleted', false);
    if (entry.has('deletedAt')) entry.delete('deletedAt');
  });
  return ok();
}

/** Brings a removed step back in its place (the Undo of `removeStep`). */
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
