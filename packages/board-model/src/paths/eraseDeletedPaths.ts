import * as Y from 'yjs';
import { pathDeletionKey, stepRemovalKey } from '../deletion/pathDeletionTimes.ts';
import { type ErasureGrace, isPastGrace } from '../operations/eraseDeletedNotes.ts';
import { ORIGINS } from '../origins.ts';
import { pathsMap } from './pathSchema.ts';

/**
 * Erases what deleted service paths and removed steps said, as `eraseDeletedNotes` does for
 * notes: a deleted path's name, description and every step's text and risk reason, a removed
 * step's text and risk reason (with `grace`, only those the server saw deleted or removed long
 * enough ago: `deletions` under `path:<id>` and `step:<path>:<step>`). Entries, placements,
 * links and flags stay, so concurrent clients converge and a merge brings nothing back.
 * Returns how many paths and steps were erased.
 */
export function eraseDeletedPaths(doc: Y.Doc, grace?: ErasureGrace): number {
  let erased = 0;
  doc.transact(() => {
    pathsMap(doc).forEach((path, id) => {
      if (!(path instanceof Y.Map)) return;
      const steps = path.get('steps');
      if (path.get('deleted') === true) {
        if (grace && !isPastGrace(doc, pathDeletionKey(id), grace)) return;
        const named = clear(path, 'name');
        const described = clear(path, 'description');
        let stepsErased = false;
        if (steps instanceof Y.Map) for (const step of steps.values()) stepsErased = eraseStep(step) || stepsErased;
        if (named || described || stepsErased) erased += 1;
        return;
      }
      if (!(steps instanceof Y.Map)) return;
      steps.forEach((step, stepId: string) => {
        if (!(step instanceof Y.Map) || step.get('removed') !== true) return;
        if (grace && !isPastGrace(doc, stepRemovalKey(id, stepId), grace)) return;
        if (eraseStep(step)) erased += 1;
      });
    });
  }, ORIGINS.eraseDeletedNotes);
  return erased;
}

/** Whether a deleted path has been erased (its name emptied): its old texts may be in the log. */
export function holdsErasedPath(doc: Y.Doc): boolean {
  return [...pathsMap(doc).values()].some(
    (path) => path instanceof Y.Map && path.get('deleted') === true && path.get('name') === '',
  );
}

function eraseStep(step: unknown): boolean {
  if (!(step instanceof Y.Map)) return false;
  const changed = clear(step, 'text');
  const risk: unknown = step.get('risk');
  if (typeof risk !== 'object' || risk === null) return changed;
  const { reason } = risk as Record<string, unknown>;
  if (typeof reason !== 'string' || reason === '') return changed;
  step.set('risk', { ...risk, reason: '' });
  return true;
}

function clear(map: Y.Map<unknown>, key: string): boolean {
  const value = map.get(key);
  if (typeof value !== 'string' || value === '') return false;
  map.set(key, '');
  return true;
}
