import { CELL_IDS, type CellId, NOTE_KINDS, type NoteKind, type NoteView, STAGES, type Stage } from '@avaa/board-model';

/**
 * Seeing the gaps: how full each cell is compared with the rest of the board. Pure, so the
 * rule that calls a cell a possible blind spot is written down once and tested.
 */

/** How a cell compares with the board: nothing unusual, empty, or far thinner than the rest. */
export type CellGap = 'none' | 'empty' | 'thin';

/** Below this median the board is too young for "thin" to mean anything. */
export const THIN_MIN_MEDIAN = 3;
/** A cell is thin when it holds at most this share of the median cell's notes. */
export const THIN_SHARE = 1 / 3;
/** Heat levels 1..HEAT_LEVELS for cells with notes; 0 is an empty cell. */
export const HEAT_LEVELS = 4;

/** The median of the cells' counts (the mean of the middle two for an even number). */
export function median(counts: readonly number[]): number {
  if (counts.length === 0) return 0;
  const sorted = [...counts].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/**
 * The blind-spot rule. A board with no notes at all marks nothing (there is nothing to compare
 * with yet). Otherwise an empty cell is a possible blind spot, and so is a cell holding at most
 * a third of the median cell's notes once the median is at least 3 (with a median of 6, cells
 * with 1 or 2 notes are thin).
 */
export function cellGap(count: number, boardMedian: number, total: number): CellGap {
  if (total === 0) return 'none';
  if (count === 0) return 'empty';
  return boardMedian >= THIN_MIN_MEDIAN && count <= boardMedian * THIN_SHARE ? 'thin' : 'none';
}

/** From this many cells with notes (of 15), the board is full enough for its gaps to mean something. */
export const BLIND_SPOTS_FROM_FILLED = 10;
/** From this stage on, the workshop looks at the whole table, however full it is. */
export const BLIND_SPOTS_FROM_STAGE: Stage = 'common-table';

/**
 * When blind-spot hints are shown at all. While a room is only starting, the first notes would
 * turn every other cell into a warning; so hints wait until the workshop reaches the common
 * table stage (or later), or until most cells (10 of 15) have notes. Without a stage (a board
 * seen outside a workshop's stages) only the count decides.
 */
export function showsBlindSpots(filledCells: number, stage?: Stage): boolean {
  if (stage !== undefined && STAGES.indexOf(stage) >= STAGES.indexOf(BLIND_SPOTS_FROM_STAGE)) return true;
  return filledCells >= BLIND_SPOTS_FROM_FILLED;
}

/** The heat view's shade: 0 for an empty cell, else 1..4 by the share of the fullest cell. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(HEAT_LEVELS, Math.max(1, Math.ceil((count / max) * HEAT_LEVELS)));
}

/** The note-count range each heat level stands for, for the legend ("1–2", "3"...). */
export function heatRanges(max: number): { level: number; from: number; to: number }[] {
  const ranges: { level: number; from: number; to: number }[] = [];
  for (let count = 1; count <= max; count++) {
    const level = heatLevel(count, max);
    const last = ranges[ranges.length - 1];
    if (last?.level === level) last.to = count;
    else ranges.push({ level, from: count, to: count });
  }
  return ranges;
}

export type CellStat = { readonly count: number; readonly gap: CellGap; readonly heat: number };

export type BoardStats = {
  readonly cells: ReadonlyMap<CellId, CellStat>;
  readonly total: number;
  readonly median: number;
  readonly max: number;
  /** Whether blind spots are marked yet (see `showsBlindSpots`). */
  readonly blindSpots: boolean;
};

/**
 * Counts, blind spots and heat for every cell of a board (the notes as shown: visible ones), at
 * the workshop's `stage`.
 */
export function boardStats(notes: ReadonlyMap<CellId, readonly NoteView[]>, stage?: Stage): BoardStats {
  const counts = CELL_IDS.map((cell) => notes.get(cell)?.length ?? 0);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const boardMedian = median(counts);
  const max = Math.max(0, ...counts);
  const blindSpots = showsBlindSpots(counts.filter((count) => count > 0).length, stage);
  const cells = new Map<CellId, CellStat>();
  CELL_IDS.forEach((cell, index) => {
    const count = counts[index] ?? 0;
    const gap = blindSpots ? cellGap(count, boardMedian, total) : 'none';
    cells.set(cell, { count, gap, heat: heatLevel(count, max) });
  });
  return { cells, total, median: boardMedian, max, blindSpots };
}

/** The kind filter: every note, or one kind. */
export type KindFilter = 'all' | NoteKind;
export const KIND_FILTERS: readonly KindFilter[] = ['all', ...NOTE_KINDS];

export function isKindFilter(value: unknown): value is KindFilter {
  return typeof value === 'string' && (KIND_FILTERS as readonly string[]).includes(value);
}

/** How many notes of each kind the board holds, and all of them. */
export function kindCounts(notes: ReadonlyMap<CellId, readonly NoteView[]>): Record<KindFilter, number> {
  const counts: Record<KindFilter, number> = { all: 0, note: 0, gap: 0, idea: 0 };
  for (const list of notes.values()) {
    for (const note of list) {
      counts.all++;
      counts[note.kind]++;
    }
  }
  return counts;
}

export function matchesKind(kind: NoteKind, filter: KindFilter): boolean {
  return filter === 'all' || filter === kind;
}
