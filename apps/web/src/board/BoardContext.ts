import type { CellId, NoteId } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import type { Peer, PresenceWriter } from '@avaa/sync-client';
import { createContext, useContext, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { type EditorsStore, EMPTY_EDITORS } from '../presence/editorsStore.ts';

/** What every part of an open board needs: the document and what this person may do. */
export type BoardContextValue = {
  readonly doc: Y.Doc;
  /** Which board this is: the common table or a group's. */
  readonly board: BoardRef;
  readonly canEdit: boolean;
  /** The facilitator on the common table: makes agreement items of notes. */
  readonly canAgree: boolean;
  readonly presence: PresenceWriter | null;
};

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoard outside a board');
  return value;
}

/**
 * The id of dnd-kit's instructions for screen readers (the DndContext's id), which every drag
 * handle names in aria-describedby, bound to dnd-kit or not.
 */
export const DND_DESCRIBED_BY = 'DndDescribedBy-board';

/** The cell a dragged note would land in, for highlighting it. */
export const DropCellContext = createContext<CellId | null>(null);

/** Who else is editing which note; a store, so a presence change re-renders only the notes it is about. */
export const EditorsContext = createContext<EditorsStore>(EMPTY_EDITORS);

/** The peers editing `note`, re-read only when they change. */
export function useNoteEditors(note: NoteId): readonly Peer[] | undefined {
  const store = useContext(EditorsContext);
  return useSyncExternalStore(store.subscribe, () => store.editorsOf(note));
}
