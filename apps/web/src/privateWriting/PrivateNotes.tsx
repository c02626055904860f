import type { CellId, NoteView } from '@avaa/board-model';
import { docReading } from '@avaa/workshop-client';
import { useCallback } from 'react';
import { BoardContext } from '../board/BoardContext.ts';
import { useReading } from '../client/useReading.ts';
import { useT } from '../i18n/index.ts';
import { NoteCard } from '../notes/NoteCard/NoteCard.tsx';
import { useBoardUi } from '../state/boardUi.ts';
import { type PrivateBoardValue, usePrivateBoard } from './PrivateBoardContext.ts';
import { readUnrevealedByCell } from './privateState.ts';
import './privateWriting.css';

const NONE: readonly NoteView[] = [];

/** This person's unrevealed notes in a cell, after the board's, each marked "only you see this". */
export function PrivateNotes({ cell }: { cell: CellId }) {
  const value = usePrivateBoard();
  return value ? <PrivateCellNotes cell={cell} value={value} /> : null;
}

function PrivateCellNotes({ cell, value }: { cell: CellId; value: PrivateBoardValue }) {
  const t = useT();
  const select = useCallback((byCell: Readonly<Record<string, readonly NoteView[]>>) => byCell[cell] ?? NONE, [cell]);
  const notes = useReading(docReading(value.board.doc, readUnrevealedByCell), select);
  // The note being added shows in its editor until editing ends, not twice.
  const drafted = useBoardUi((state) => (state.editing?.kind === 'new' ? state.editing.noteId : null));
  const mark = <span className="private-mark">{t('private.mark')}</span>;
  return (
    <BoardContext.Provider value={value.board}>
      {notes
        .filter((note) => note.id !== drafted)
        .map((note) => (
          <NoteCard key={note.id} note={note} mark={mark} />
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
