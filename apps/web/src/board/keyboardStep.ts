import {
  CELL_IDS,
  type CellId,
  cellId,
  DIMENSION_IDS,
  isCellId,
  isNoteId,
  type NoteId,
  PHASE_IDS,
  parseCellId,
} from '@avaa/board-model';
import type { NotesByCell } from '../doc/useNotesByCell.ts';

export type StepKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/** The table as laid out: a grid (phases as columns), or one column of cells (a phone). */
export type Layout = 'grid' | 'column';

/** One column when the first two phases' cells stand one above the other (a phone's layout). */
export function layoutOf(left: (cell: CellId) => number | undefined): Layout {
  const first = left('before:services');
  const second = left('start:services');
  return first !== undefined && second !== undefined && Math.abs(first - second) < 1 ? 'column' : 'grid';
}

export function isStepKey(code: string): code is StepKey {
  return code === 'ArrowUp' || code === 'ArrowDown' || code === 'ArrowLeft' || code === 'ArrowRight';
}

/**
 * Where the keyboard moves a dragged note next, as a drop target's id: a note (in the note's
 * own cell, to take its place; in another cell, to go before it) or a cell (to go last).
 *
 * Up and down first step between the places inside the cell, and at its first or last place
 * go on to the cell above or below, entering it from its edge. Left and right go to the
 * previous or next phase in the same dimension, last in that cell. On a grid the cell below is
 * the next dimension; in one column (a phone) it is the next cell shown (the next phase, after
 * the last phase the next dimension's first). At the table's edge the note stays.
 * `isTarget` says which notes are drop targets now (only notes near the screen are).
 */
export function keyboardStep(
  notes: NotesByCell,
  active: NoteId,
  from: string | null,
  key: StepKey,
  layout: Layout,
  isTarget: (id: NoteId) => boolean,
): string | null {
  const cell = cellOf(notes, from) ?? cellOf(notes, active);
  if (!cell) return null;
  const places = placesIn(notes, cell, active, isTarget);
  const index = from === null || isCellId(from) ? places.length - 1 : Math.max(0, places.indexOf(from));
  if (key === 'ArrowDown' && index < places.length - 1) return places[index + 1] ?? null;
  if (key === 'ArrowUp' && index > 0) return places[index - 1] ?? null;
  const next = neighbour(cell, key, layout);
  if (!next) return places[index] ?? null;
  const entered = placesIn(notes, next, active, isTarget);
  return (key === 'ArrowDown' ? entered[0] : entered[entered.length - 1]) ?? null;
}

/** The places a note can take in `cell`: in its own cell each note's; elsewhere before each note, or last. */
function placesIn(notes: NotesByCell, cell: CellId, active: NoteId, isTarget: (id: NoteId) => boolean): string[] {
  const list = notes.get(cell) ?? [];
  const ids = list.map((note) => note.id).filter((id) => id === active || isTarget(id));
  return list.some((note) => note.id === active) ? ids : [...ids, cell];
}

function cellOf(notes: NotesByCell, id: string | null): CellId | null {
  if (isCellId(id)) return id;
  if (!isNoteId(id)) return null;
  for (const [cell, list] of notes) if (list.some((note) => note.id === id)) return cell;
  return null;
}

/** The cell next to `cell` in the arrow's direction as the table is laid out, or null at its edge. */
export function neighbour(cell: CellId, key: StepKey, layout: Layout): CellId | null {
  const { phase, dimension } = parseCellId(cell);
  const vertical = key === 'ArrowUp' || key === 'ArrowDown';
  const step = key === 'ArrowDown' || key === 'ArrowRight' ? 1 : -1;
  if (vertical && layout === 'column') return CELL_IDS[CELL_IDS.indexOf(cell) + step] ?? null;
  if (vertical) {
    const next = DIMENSION_IDS[DIMENSION_IDS.indexOf(dimension) + step];
    return next ? cellId(phase, next) : null;
  }
  const next = PHASE_IDS[PHASE_IDS.indexOf(phase) + step];
  return next ? cellId(next, dimension) : null;
}
