import { type BoardMode, readBoardMode } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';

/** A board's mode, read live from the workshop document (the server enforces the same). */
export function useBoardMode(workshopDoc: Y.Doc, board: BoardRef): BoardMode {
  const group = board.kind === 'group' ? board.group : null;
  const read = useCallback(
    (doc: Y.Doc) => readBoardMode(doc, group === null ? { kind: 'plenary' } : { kind: 'group', group }),
    [group],
  );
  return useDocSnapshot(workshopDoc, read);
}
