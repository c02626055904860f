import type { CellId, NoteId } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import type { Peer, PresenceWriter } from '@avaa/sync-client';
import { createContext, useContext } from 'react';
import type * as Y from 'yjs';

/** What every part of an open board needs: the document and what this person may do. */
export type BoardContextValue = {
  readonly doc: Y.Doc;
  /** Which board this is: the common table or a group's. */
  readonly board: BoardRef;
  readonly canEdit: boolean;
  /** The facilitator on the common table: stacks notes that say the same thing, and splits stacks. */
  readonly canStack: boolean;
  readonly presence: PresenceWriter | null;
};

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoard outside a board');
  return value;
}

/** The cell a dragged note would land in, for highlighting it. */
export const DropCellContext = createContext<CellId | null>(null);

/** Who else is editing which note; its own context so presence changes re-render only notes. */
export const EditorsContext = createContext<ReadonlyMap<NoteId, readonly Peer[]>>(new Map());
