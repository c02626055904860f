import { isPathId, type PathId, pathsMap } from '@avaa/board-model';
import * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';

/** A common-table service path as an agreement item links to it: its name and whether it is live. */
export type LinkedPath = { readonly name: string; readonly live: boolean };
export type LinkedPaths = Readonly<Record<PathId, LinkedPath>>;

/** Every service path of the common table by id, deleted ones too (an item may still link to them). */
export function readLinkedPaths(boardDoc: Y.Doc): LinkedPaths {
  const paths: Record<PathId, LinkedPath> = {};
  pathsMap(boardDoc).forEach((entry, id) => {
    if (!isPathId(id) || !(entry instanceof Y.Map)) return;
    paths[id] = { name: String(entry.get('name') ?? ''), live: entry.get('deleted') !== true };
  });
  return paths;
}

export function useLinkedPaths(boardDoc: Y.Doc): LinkedPaths {
  return useDocSnapshot(boardDoc, readLinkedPaths);
}
