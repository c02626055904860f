import { type CellId, dimensionOf, type NoteId, type NoteView, parseCellId, phaseOf } from '@avaa/board-model';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useCallback, useContext, useEffect, useId, useMemo, useRef } from 'react';
import { type CellGap, matchesKind } from '../gaps/cellStats.ts';
import { useLanguage, usePlural, useT } from '../i18n/index.ts';
import { NewNoteItem } from '../notes/NewNoteItem/NewNoteItem.tsx';
import { NoteCard } from '../notes/NoteCard/NoteCard.tsx';
import { CellFocusButton } from '../stage/CellFocusButton.tsx';
import { useBoardUi } from '../state/boardUi.ts';
import { useBoardView } from '../state/boardView.ts';
import { DropCellContext, useBoard } from './BoardContext.ts';
import { cellName, dimensionName, phaseName } from './names.ts';
import { sameIds } from './sameIds.ts';

type Props = {
  cell: CellId;
  notes: readonly NoteView[];
  /** Whether the cell looks like a blind spot next to the rest of the board. */
  gap: CellGap;
  /** The heat view's shade, 0..4. */
  heat: number;
  /** The facilitator is showing this cell to everyone. */
  focused: boolean;
};

/**
 * One cell of the table (a phase x a dimension): a named group holding a list of notes, its
 * count and blind-spot mark, the cell's prompts while it is empty, and an "Add note" button.
 */
export const Cell = memo(function Cell({ cell, notes, gap, heat, focused }: Props) {
  const t = useT();
  const counted = usePlural();
  const language = useLanguage();
  const promptId = useId();
  const { canEdit, board } = useBoard();
  const { phase, dimension } = parseCellId(cell);
  const drafting = useBoardUi((state) => state.editing?.kind === 'new' && state.editing.cell === cell);
  const hidden = useBoardUi((state) => (state.editing?.kind === 'new' ? state.editing.noteId : null));
  const edit = useBoardUi((state) => state.edit);
  const heatView = useBoardView((state) => state.heat);
  const kindFilter = useBoardView((state) => state.kindFilter);
  const hideOthers = useBoardView((state) => state.hideOthers);
  const isDropTarget = useContext(DropCellContext) === cell;
  const { setNodeRef } = useDroppable({ id: cell, disabled: !canEdit });
  const element = useRef<HTMLDivElement | null>(null);
  const ref = useCallback(
    (node: HTMLDivElement | null) => {
      element.current = node;
      setNodeRef(node);
    },
    [setNodeRef],
  );
  useScrollWhenFocused(element, focused);
  // The note being added shows in its editor until editing ends, not twice; the kind filter may hide others.
  const shown = useMemo(
    () => notes.filter((note) => note.id !== hidden && (!hideOthers || matchesKind(note.kind, kindFilter))),
    [notes, hidden, hideOthers, kindFilter],
  );
  // The same array while the order is the same: a new one (on every keystroke in the cell)
  // would make dnd-kit re-render all the cell's notes, and re-measure the board mid-drag.
  const ids = useStableIds(shown);
  const empty = notes.length === 0 && !drafting;
  const classes = [
    'cell',
    isDropTarget ? 'cell--drop-target' : '',
    heatView ? `cell--heat heat-${heat}` : '',
    focused ? 'cell--focused' : '',
    gap === 'none' ? '' : `cell--${gap}`,
  ];

  return (
    // biome-ignore lint/a11y/useSemanticElements: a cell groups notes, not form fields; a fieldset would suggest a form.
    <div
      ref={ref}
      role="group"
      aria-label={t('board.cell', { phase: phaseName(phase, language), dimension: dimensionName(dimension, language) })}
      aria-describedby={promptId}
      className={classes.filter(Boolean).join(' ')}
      data-cell={cell}
      // Focusable by script only: jumping to a cell lands here.
      tabIndex={-1}
    >
      {focused && <p className="cell__focus-tag">{t('gaps.focusedCell')}</p>}
      <div className="cell__head">
        <h3 className="cell__phase">{phaseName(phase, language)}</h3>
        <span className="cell__count">{counted('gaps.count', notes.length)}</span>
        <CellFocusButton board={board} cell={cell} />
      </div>
      {gap !== 'none' && (
        <p className="cell__blind-spot">
          <span aria-hidden="true">⚠</span>
          {t('gaps.blindSpot')}
          <span className="visually-hidden">{t(`gaps.blindSpot.${gap}`)}</span>
        </p>
      )}
      <SortableContext id={cell} items={ids} strategy={verticalListSortingStrategy}>
        <ul className="cell__notes">
          {shown.map((note) => (
            <NoteCard key={note.id} note={note} dimmed={!matchesKind(note.kind, kindFilter)} />
          ))}
          {drafting && <NewNoteItem cell={cell} />}
        </ul>
      </SortableContext>
      <div id={promptId} className={empty ? 'cell__prompt cell__prompts' : 'visually-hidden'}>
        <p className="cell__prompt-question">{dimensionOf(dimension).question[language]}</p>
        <p>{phaseOf(phase).prompt[language]}</p>
      </div>
      {canEdit && !drafting && (
        <button
          type="button"
          className="cell__add"
          data-cell-control="add"
          title={cellName(cell, language)}
          onClick={() => edit({ kind: 'new', cell, noteId: null })}
        >
          <span aria-hidden="true">+ </span>
          {t('board.addNote')}
        </button>
      )}
    </div>
  );
});

function useStableIds(notes: readonly NoteView[]): NoteId[] {
  const previous = useRef<NoteId[]>([]);
  const ids = sameIds(previous.current, notes) ? previous.current : notes.map((note) => note.id);
  useEffect(() => {
    previous.current = ids;
  });
  return ids;
}

/** Brings the cell into view once each time the facilitator starts showing it. */
function useScrollWhenFocused(element: { readonly current: HTMLDivElement | null }, focused: boolean): void {
  useEffect(() => {
    if (!focused) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.current?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: still ? 'auto' : 'smooth' });
  }, [element, focused]);
}
