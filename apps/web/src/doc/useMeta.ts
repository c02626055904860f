import { type BoardMeta, readMeta } from '@avaa/board-model';
import type * as Y from 'yjs';
import { useDocSnapshot } from './useDocSnapshot.ts';

/** The board's metadata once the server's seed has arrived (the client never writes it). */
export function useMeta(doc: Y.Doc): BoardMeta | undefined {
  return useDocSnapshot(doc, readMeta);
}
