import type { BoxSize } from './useBoxSize.ts';

/**
 * How much of the table's width each phase and of its height each dimension gets, in units of
 * an equal share (five phases and three dimensions share the table as 5 and 3).
 */
export type TrackShares = { readonly columns: readonly number[]; readonly rows: readonly number[] };

/** An empty phase or dimension keeps this much of an equal share: room for its name and a quiet prompt. */
export const EMPTY_SHARE = 0.5;

/**
 * A full cell takes the room that empty cells do not use: a phase (or dimension) with no notes
 * shrinks to EMPTY_SHARE, and the room it frees goes to the phases (or dimensions) with notes in
 * proportion to their fullest cell, so after a merge the crowded cell grows the most. A phase
 * with notes never gets less than an equal share, so no note that fitted before is hidden.
 * `counts[row][column]`: the notes in each cell, dimensions down and phases across.
 */
export function trackShares(counts: readonly (readonly number[])[]): TrackShares {
  const columns = (counts[0] ?? []).map((_, column) => Math.max(0, ...counts.map((row) => row[column] ?? 0)));
  return { columns: shares(columns), rows: shares(counts.map((row) => Math.max(0, ...row))) };
}

function shares(fullest: readonly number[]): number[] {
  const total = fullest.reduce((sum, count) => sum + count, 0);
  const freed = fullest.filter((count) => count === 0).length * (1 - EMPTY_SHARE);
  if (total === 0 || freed === 0) return fullest.map(() => 1);
  return fullest.map((count) => (count === 0 ? EMPTY_SHARE : 1 + (freed * count) / total));
}

/**
 * The content size of a cell with an equal share in both directions, from a measured cell's
 * content size and its shares (its tracks are `padding` larger than its content).
 */
export function equalShareSize(measured: BoxSize, column: number, row: number, padding: number): BoxSize {
  if (measured.width <= 0 || measured.height <= 0) return measured;
  return {
    width: (measured.width + padding) / column - padding,
    height: (measured.height + padding) / row - padding,
  };
}

/** Note columns in a cell whose phase has `share`: a widened cell lays its notes side by side. */
export function columnsInShare(columns: number, share: number): number {
  return Math.max(1, Math.round(columns * share));
}
