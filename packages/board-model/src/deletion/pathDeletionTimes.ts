import * as Y from 'yjs';
import { ORIGINS } from '../origins.ts';
import { pathsMap, stepsOf } from '../paths/pathSchema.ts';
import { deletionsMap } from '../schema.ts';
import { entriesChangedBy } from './deletionTimes.ts';

/**
 * The server's record of when it saw service paths deleted and steps removed, in the same
 * `deletions` root as the notes', under keys no note id can take (a note id has no colon).
 */
export const pathDeletionKey = (path: string): string => `path:${path}`;
export const stepRemovalKey = (path: string, step: string): string => `step:${path}:${step}`;

/** The paths a transaction changed: entries of the paths map, or something inside one. */
export function pathsChangedBy(transaction: Y.Transaction): Set<string> {
  return entriesChangedBy(transaction, pathsMap(transaction.doc));
}

/**
 * As `recordDeletionTimes` for notes: a deleted path (a removed step) without a time gets `now`,
 * one that is not (restored, or never was) loses its time. For the paths `ids`, their steps
 * included. Returns how many times were written or removed.
 */
export function recordPathDeletionTimes(doc: Y.Doc, ids: Iterable<string>, now: number): number {
  const times = deletionsMap(doc);
  const dated: string[] = [];
  const undated: string[] = [];
  const keep = (key: string, deleted: boolean) => {
    if (deleted && !times.has(key)) dated.push(key);
    else if (!deleted && times.has(key)) undated.push(key);
  };
  for (const id of ids) {
    const path = pathsMap(doc).get(id);
    if (!(path instanceof Y.Map)) continue;
    keep(pathDeletionKey(id), path.get('deleted') === true);
    const steps = path.get('steps');
    if (!(steps instanceof Y.Map)) continue;
    stepsOf(path).forEach((step, stepId) => {
      keep(stepRemovalKey(id, stepId), step instanceof Y.Map && step.get('removed') === true);
    });
  }
  if (dated.length + undated.length === 0) return 0;
  doc.transact(() => {
    for (const key of dated) times.set(key, now);
    for (const key of undated) times.delete(key);
  }, ORIGINS.deletionTime);
  return dated.length + undated.length;
}
