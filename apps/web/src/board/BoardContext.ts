import type { BoardMode, CellId, NoteId } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import {
  type EditorsByNote,
  NO_EDITORS_READING,
  type Peer,
  type PresenceWriter,
  type Reading,
} from '@avaa/workshop-client';
import { createContext, useCallback, useContext } from 'react';
import type * as Y from 'yjs';
import { useReading } from '../client/useReading.ts';

/** What every part of an open board needs: the document and what this person may do. */
export type BoardContextValue = {
  readonly doc: Y.Doc;
  /** Which board this is: the common table or a group's. */
  readonly board: BoardRef;
  readonly canEdit: boolean;
  /** The board's mode as it binds this person (`open` for the facilitator): own notes only limits notes. */
  readonly mode: BoardMode;
  /** The facilitator on the common table: makes agreement items of notes. */
  readonly canAgree: boolean;
  readonly presence: PresenceWriter | null;
  /** The board's undo (null for who cannot write): a path's pick is one step of it of its own. */
  readonly undo: Y.UndoManager | null;
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

/** Who else is editing which note; a reading, so a presence change re-renders only the notes it is about. */
export const EditorsContext = createContext<Reading<EditorsByNote>>(NO_EDITORS_READING);

/** The peers editing `note`, re-read only when they change. */
export function useNoteEditors(note: NoteId): readonly Peer[] | undefined {
  const editors = useContext(EditorsContext);
  return useReading(
    editors,
    useCallback((byNote: EditorsByNote) => byNote.get(note), [note]),
  );
}
