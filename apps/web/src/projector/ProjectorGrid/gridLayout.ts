import { cellId, DIMENSIONS, type NoteId, PHASES } from '@avaa/board-model';
import type { CSSProperties, RefCallback } from 'react';
import { useMediaQuery } from '../../app/useMediaQuery.ts';
import type { NotesByCell } from '../../doc/useNotesByCell.ts';
import type { ResultRow } from '../../voting/voteView.ts';
import { fitNotes, readableFontPx } from '../fitNotes.ts';
import { columnsInShare, equalShareSize, trackShares } from '../trackShares.ts';
import { longestWordOf, typicalCount, typicalLength } from '../typicalNotes.ts';
import { useBoxSize } from '../useBoxSize.ts';

const BADGE_CHARS = 14;
/** A cell's padding on both sides (projector.css). */
const CELL_PADDING = 8;

/**
 * A screen this small in CSS px is a zoomed browser (1280x720 at 150 % and more) or a phone: the
 * whole table cannot fit there at a readable size, so it scrolls and shows every note (WCAG
 * 1.4.4). projector.css has the same query.
 */
export const PROJECTOR_SCROLLS = '(max-width: 799px), (max-height: 479px)';

export type GridLayout = {
  /** Measures the first cell, whose size the type is fitted to. */
  readonly measure: RefCallback<HTMLDivElement>;
  readonly scrolls: boolean;
  readonly fontPx: number;
  /** The note columns in a phase's column of the table. */
  readonly columnsIn: (column: number) => number;
  /** The type size and the tracks' shares, as the grid's custom properties. */
  readonly style: CSSProperties;
};

const tracks = (shares: readonly number[]) => shares.map((share) => `minmax(0, ${share.toFixed(3)}fr)`).join(' ');

/**
 * One type size for every cell, fitted to a typical cell with an equal share of the measured
 * room, never below what the back of the room can read; empty phases and dimensions give their
 * room to full ones (trackShares).
 */
export function useGridLayout(notes: NotesByCell, dots: ReadonlyMap<NoteId, ResultRow> | null): GridLayout {
  const { ref: measure, size } = useBoxSize<HTMLDivElement>();
  const scrolls = useMediaQuery(PROJECTOR_SCROLLS);
  const all = [...notes.values()].flat();
  // A results badge ("1. 3 pistettä") takes about this many characters of a note's first line.
  const lengths = all.map((note) => note.text.length + (dots?.has(note.id) ? BADGE_CHARS : 0));
  const longestWord = Math.max(0, ...all.map((note) => longestWordOf(note.text)));
  const counts = [...notes.values()].map((list) => list.length);
  const shares = trackShares(
    DIMENSIONS.map((dimension) => PHASES.map((phase) => notes.get(cellId(phase.id, dimension.id))?.length ?? 0)),
  );
  // The type is fitted to a cell with an equal share; the measured first cell may have more or less.
  const typical = equalShareSize(size, shares.columns[0] ?? 1, shares.rows[0] ?? 1, CELL_PADDING);
  const minFont = readableFontPx(window.innerHeight);
  const layout = scrolls
    ? { columns: 1, fontPx: minFont }
    : fitNotes(typicalCount(counts), typical.width, typical.height, typicalLength(lengths), longestWord, { minFont });
  const style: Record<string, string> = { '--font': `${layout.fontPx}px` };
  if (!scrolls) {
    style['--phase-columns'] = tracks(shares.columns);
    style['--dimension-rows'] = tracks(shares.rows);
  }
  const columnsIn = (column: number) => (scrolls ? 1 : columnsInShare(layout.columns, shares.columns[column] ?? 1));
  return { measure, scrolls, fontPx: layout.fontPx, columnsIn, style: style as CSSProperties };
}
