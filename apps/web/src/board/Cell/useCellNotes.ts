import type { CellId, NoteId, NoteView } from '@avaa/board-model';
import { useEffect, useMemo, useRef } from 'react';
import { matchesKind } from '../../gaps/cellStats.ts';
import { useBoardUi } from '../../state/boardUi.ts';
import { useBoardView } from '../../state/boardView.ts';
import { sameIds } from '../sameIds.ts';

type CellNotes = {
  /** The notes the cell lists now. */
  readonly shown: readonly NoteView[];
  /** Their ids for dnd-kit, the same array while the order is the same. */
  readonly ids: NoteId[];
  /** Whether a new note is being added here (its editor then stands in for the "Add note" button). */
  readonly drafting: boolean;
};

/**
 * What a cell lists: the note being added shows in its editor until editing ends, not twice;
 * the kind filter may hide the others.
 */
export function useCellNotes(cell: CellId, notes: readonly NoteView[]): CellNotes {
  const drafting = useBoardUi((state) => state.editing?.kind === 'new' && state.editing.cell === cell);
  const hidden = useBoardUi((state) => (state.editing?.kind === 'new' ? state.editing.noteId : null));
  const kindFilter = useBoardView((state) => state.kindFilter);
  const hideOthers = useBoardView((state) => state.hideOthers);
  const shown = useMemo(
    () => notes.filter((note) => note.id !== hidden && (!hideOthers || matchesKind(note.kind, kindFilter))),
    [notes, hidden, hideOthers, kindFilter],
  );
  // The same array while the order is the same: a new one (on every keystroke in the cell)
  // would make dnd-kit re-render all the cell's notes, and re-measure the board mid-drag.
  const ids = useStableIds(shown);
  return { shown, ids, drafting };
}

function useStableIds(notes: readonly NoteView[]): NoteId[] {
  const previous = useRef<NoteId[]>([]);
  const ids = sameIds(previous.current, notes) ? previous.current : notes.map((note) => note.id);
  useEffect(() => {
    previous.current = ids;
  });
  return ids;
}
