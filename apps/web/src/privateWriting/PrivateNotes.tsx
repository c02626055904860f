import type { CellId, NoteView } from '@avaa/board-model';
import { docReading } from '@avaa/workshop-client';
import { useCallback } from 'react';
import * as Y from 'yjs';
import { BoardContext } from '../board/BoardContext.ts';
import { useReading } from '../client/useReading.ts';
import { useT } from '../i18n/index.ts';
import { NoteCard } from '../notes/NoteCard/NoteCard.tsx';
import { useBoardUi } from '../state/boardUi.ts';
import { type PrivateBoardValue, usePrivateBoard } from './PrivateBoardContext.ts';
import { readUnrevealedByCell } from './privateState.ts';
import './privateWriting.css';

const NONE: readonly NoteView[] = [];

// Read where nothing is private: always empty.
const NO_PRIVATE_DOC = new Y.Doc();

/** This person's unrevealed notes in a cell (none where nothing is private). */
export function usePrivateNotes(cell: CellId): readonly NoteView[] {
  const value = usePrivateBoard();
  const select = useCallback((byCell: Readonly<Record<string, readonly NoteView[]>>) => byCell[cell] ?? NONE, [cell]);
  return useReading(docReading(value?.board.doc ?? NO_PRIVATE_DOC, readUnrevealedByCell), select);
}

/** The notes of `usePrivateNotes`, after the board's, each marked "only you see this". */
export function PrivateNotes({ notes }: { notes: readonly NoteView[] }) {
  const value = usePrivateBoard();
  return value && notes.length > 0 ? <PrivateCellNotes notes={notes} value={value} /> : null;
}

function PrivateCellNotes({ notes, value }: { notes: readonly NoteView[]; value: PrivateBoardValue }) {
  const t = useT();
  // The note being added shows in its editor until editing ends, not twice.
  const drafted = useBoardUi((state) => (state.editing?.kind === 'new' ? state.editing.noteId : null));
  const mark = <span className="private-mark">{t('private.mark')}</span>;
  return (
    <BoardContext.Provider value={value.board}>
      {notes
        .filter((note) => note.id !== drafted)
        .map((note) => (
          <NoteCard key={note.id} note={note} mark={mark} fixed />
        ))}
    </BoardContext.Provider>
  );
}

/** While private writing is on, a note being added goes to the private document. */
export function PrivateDraft({ children }: { children: React.ReactNode }) {
  const value = usePrivateBoard();
  if (!value?.writing) return children;
  return <BoardContext.Provider value={value.board}>{children}</BoardContext.Provider>;
}
