import * as Y from 'yjs';
import { pathsMap } from '../paths/pathSchema.ts';
import type { ExportedPath, ExportedStep } from './types.ts';

/**
 * Writes a board's exported paths as the path operations store them, inside the caller's
 * transaction. Not written: `createdBy` and `deletedAt`, which the export leaves out as it does
 * a note's author; `source` only on merged paths, as a merge writes it.
 */
export function writePaths(doc: Y.Doc, paths: readonly ExportedPath[]): void {
  for (const path of paths) {
    const entry = new Y.Map<unknown>();
    entry.set('name', path.name);
    entry.set('description', path.description);
    entry.set('colour', path.colour);
    entry.set('createdAt', path.createdAt);
    entry.set('deleted', path.deleted);
    if (path.source !== null) entry.set('source', { group: path.source.group, path: path.source.path });
    const steps = new Y.Map<unknown>();
    for (const step of path.steps) steps.set(step.id, stepEntry(step));
    entry.set('steps', steps);
    pathsMap(doc).set(path.id, entry);
  }
}

function stepEntry(step: ExportedStep): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  entry.set('placement', { phase: step.phase, key: step.order });
  entry.set('noteId', step.noteId);
  entry.set('text', step.text);
  entry.set('risk', step.risk === null ? null : { kind: step.risk.kind, reason: step.risk.reason });
  entry.set('removed', step.removed);
  return entry;
}
