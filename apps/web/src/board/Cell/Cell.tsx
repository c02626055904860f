import { type CellId, type NoteView, parseCellId } from '@avaa/board-model';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useContext, useId } from 'react';
import { type CellGap, matchesKind } from '../../gaps/cellStats.ts';
import { useLanguage, useT } from '../../i18n/index.ts';
import { NewNoteItem } from '../../notes/NewNoteItem/NewNoteItem.tsx';
import { NoteCard } from '../../notes/NoteCard/NoteCard.tsx';
import { PrivateDraft, PrivateNotes, usePrivateNotes } from '../../privateWriting/PrivateNotes.tsx';
import { useBoardView } from '../../state/boardView.ts';
import { DropCellContext, useBoard } from '../BoardContext.ts';
import { dimensionName, phaseName } from '../names.ts';
import { AddNoteButton, BlindSpot, CellHead, CellPrompts } from './CellParts.tsx';
import { useCellElement } from './useCellElement.ts';
import { useCellNotes } from './useCellNotes.ts';

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
  const language = useLanguage();
  const promptId = useId();
  const { canEdit } = useBoard();
  const { phase, dimension } = parseCellId(cell);
  const { shown, ids, drafting } = useCellNotes(cell, notes);
  const privateNotes = usePrivateNotes(cell);
  const kindFilter = useBoardView((state) => state.kindFilter);
  const ref = useCellElement(cell, canEdit, focused);
  const classes = useCellClasses(cell, gap, heat, focused);

  return (
    // biome-ignore lint/a11y/useSemanticElements: a cell groups notes, not form fields; a fieldset would suggest a form.
    <div
      ref={ref}
      role="group"
      aria-label={t('board.cell', { phase: phaseName(phase, language), dimension: dimensionName(dimension, language) })}
      aria-describedby={promptId}
      className={classes}
      data-cell={cell}
      // Focusable by script only: jumping to a cell lands here.
      tabIndex={-1}
    >
      {focused && <p className="cell__focus-tag">{t('gaps.focusedCell')}</p>}
      <CellHead cell={cell} count={notes.length} />
      <BlindSpot gap={gap} />
      <SortableContext id={cell} items={ids} strategy={verticalListSortingStrategy}>
        <ul className="cell__notes">
          {shown.map((note) => (
            <NoteCard key={note.id} note={note} dimmed={!matchesKind(note.kind, kindFilter)} />
          ))}
          <PrivateNotes notes={privateNotes} />
          {drafting && (
            <PrivateDraft>
              <NewNoteItem cell={cell} />
            </PrivateDraft>
          )}
        </ul>
      </SortableContext>
      <CellPrompts id={promptId} cell={cell} shown={notes.length === 0 && privateNotes.length === 0 && !drafting} />
      {canEdit && !drafting && <AddNoteButton cell={cell} />}
    </div>
  );
});

/** The cell's look: a drop target, its heat shade, shown to everyone, a blind spot. */
function useCellClasses(cell: CellId, gap: CellGap, heat: number, focused: boolean): string {
  const isDropTarget = useContext(DropCellContext) === cell;
  const heatView = useBoardView((state) => state.heat);
  return [
    'cell',
    isDropTarget ? 'cell--drop-target' : '',
    heatView ? `cell--heat heat-${heat}` : '',
    focused ? 'cell--focused' : '',
    gap === 'none' ? '' : `cell--${gap}`,
  ]
    .filter(Boolean)
    .join(' ');
}
