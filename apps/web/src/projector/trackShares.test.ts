import { describe, expect, it } from 'vitest';
import { columnsInShare, EMPTY_SHARE, equalShareSize, trackShares } from './trackShares.ts';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('sharing the projector table between full and empty cells', () => {
  it('keeps an equal grid when every phase and dimension has notes', () => {
    const counts = [
      [16, 3, 4, 3, 3],
      [3, 4, 3, 3, 3],
      [3, 3, 3, 4, 3],
    ];
    expect(trackShares(counts)).toEqual({ columns: [1, 1, 1, 1, 1], rows: [1, 1, 1] });
    expect(
      trackShares([
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
      ]),
    ).toEqual({
      columns: [1, 1, 1, 1, 1],
      rows: [1, 1, 1],
    });
  });

  it('gives the room of empty phases and dimensions to the full cell, most to the fullest', () => {
    // 16 notes in start:services after a merge, one each in during:services and followup:collaboration.
    const counts = [
      [0, 16, 1, 0, 0],
      [0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0],
    ];
    const { columns, rows } = trackShares(counts);
    expect(columns[0]).toBe(EMPTY_SHARE);
    expect(columns[3]).toBe(EMPTY_SHARE);
    expect(columns[1]).toBeCloseTo(1 + (2 * (1 - EMPTY_SHARE) * 16) / 18);
    expect(columns[2]).toBeGreaterThan(1);
    expect(rows).toEqual([1 + (16 / 17) * (1 - EMPTY_SHARE), 1 + (1 / 17) * (1 - EMPTY_SHARE), EMPTY_SHARE]);
    // The table's width and height are only redistributed: the row headers keep theirs.
    expect(sum(columns)).toBeCloseTo(5);
    expect(sum(rows)).toBeCloseTo(3);
    // No track with notes gets less than an equal share.
    for (const share of [...columns, ...rows]) expect(share).toBeGreaterThanOrEqual(EMPTY_SHARE);
    expect(Math.min(columns[1] ?? 0, columns[2] ?? 0, columns[4] ?? 0, rows[0] ?? 0, rows[1] ?? 0)).toBeGreaterThan(1);
  });

  it('finds the size of an equal-share cell from any measured cell', () => {
    expect(equalShareSize({ width: 92, height: 192 }, 0.5, 2, 8)).toEqual({ width: 192, height: 92 });
    expect(equalShareSize({ width: 0, height: 0 }, 0.5, 1, 8)).toEqual({ width: 0, height: 0 });
  });

  it('lays the notes of a widened cell side by side', () => {
    expect(columnsInShare(1, 1.89)).toBe(2);
    expect(columnsInShare(1, 1.06)).toBe(1);
    expect(columnsInShare(2, 1.89)).toBe(4);
    expect(columnsInShare(1, EMPTY_SHARE)).toBe(1);
  });
});
