import { CELL_IDS, type CellId, type NoteKind, type NoteView } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import {
  boardStats,
  cellGap,
  heatLevel,
  heatRanges,
  kindCounts,
  matchesKind,
  median,
  showsBlindSpots,
} from './cellStats.ts';

function board(counts: readonly number[], kinds: readonly NoteKind[] = ['note']): Map<CellId, NoteView[]> {
  let n = 0;
  return new Map(
    CELL_IDS.map((cell, index) => [
      cell,
      Array.from({ length: counts[index] ?? 0 }, () => {
        const kind = kinds[n % kinds.length] ?? 'note';
        n++;
        return { id: `n${n}`, text: 'x', cell, kind } as unknown as NoteView;
      }),
    ]),
  );
}

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([])).toBe(0);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 8])).toBe(3.5);
  });
});

describe('the blind-spot rule', () => {
  it('marks nothing on a board with no notes', () => {
    expect(cellGap(0, 0, 0)).toBe('none');
  });

  it('marks an empty cell once the board has notes', () => {
    expect(cellGap(0, 0, 1)).toBe('empty');
    expect(cellGap(0, 6, 80)).toBe('empty');
  });

  it('marks a cell with at most a third of the median once the median is at least 3', () => {
    expect(cellGap(1, 6, 80)).toBe('thin');
    expect(cellGap(2, 6, 80)).toBe('thin');
    expect(cellGap(3, 6, 80)).toBe('none');
    expect(cellGap(1, 3, 40)).toBe('thin');
    expect(cellGap(1, 2.5, 30)).toBe('none');
  });

  it('applies to a whole board', () => {
    const stats = boardStats(board([6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 1, 2, 0]));
    expect(stats.median).toBe(6);
    expect(stats.total).toBe(75);
    const gaps = CELL_IDS.map((cell) => stats.cells.get(cell)?.gap);
    expect(gaps.slice(12)).toEqual(['thin', 'thin', 'empty']);
    expect(gaps.slice(0, 12).every((gap) => gap === 'none')).toBe(true);
  });
});

describe('when blind spots are shown', () => {
  it('waits while the room is only starting: the first note marks nothing', () => {
    const first = boardStats(board([1]), 'setup');
    expect(first.blindSpots).toBe(false);
    expect(CELL_IDS.every((cell) => first.cells.get(cell)?.gap === 'none')).toBe(true);
    expect(showsBlindSpots(9, 'group-work')).toBe(false);
    expect(showsBlindSpots(9, 'presentations')).toBe(false);
    expect(showsBlindSpots(9)).toBe(false);
  });

  it('shows them once 10 of the 15 cells have notes, at any stage', () => {
    expect(showsBlindSpots(10, 'setup')).toBe(true);
    expect(showsBlindSpots(10)).toBe(true);
    const most = boardStats(board([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]), 'group-work');
    expect(CELL_IDS.filter((cell) => most.cells.get(cell)?.gap === 'empty')).toHaveLength(5);
  });

  it('shows them from the common table stage on, however few cells have notes', () => {
    expect(showsBlindSpots(1, 'common-table')).toBe(true);
    expect(showsBlindSpots(1, 'agreements')).toBe(true);
    const first = boardStats(board([1]), 'common-table');
    expect(CELL_IDS.filter((cell) => first.cells.get(cell)?.gap === 'empty')).toHaveLength(14);
  });
});

describe('heat levels', () => {
  it('is 0 for an empty cell and 1..4 by the share of the fullest', () => {
    expect(heatLevel(0, 8)).toBe(0);
    expect(heatLevel(1, 8)).toBe(1);
    expect(heatLevel(2, 8)).toBe(1);
    expect(heatLevel(3, 8)).toBe(2);
    expect(heatLevel(6, 8)).toBe(3);
    expect(heatLevel(8, 8)).toBe(4);
    expect(heatLevel(1, 1)).toBe(4);
  });

  it('lists the count range of each level for the legend', () => {
    expect(heatRanges(8)).toEqual([
      { level: 1, from: 1, to: 2 },
      { level: 2, from: 3, to: 4 },
      { level: 3, from: 5, to: 6 },
      { level: 4, from: 7, to: 8 },
    ]);
    expect(heatRanges(2)).toEqual([
      { level: 2, from: 1, to: 1 },
      { level: 4, from: 2, to: 2 },
    ]);
    expect(heatRanges(0)).toEqual([]);
  });
});

describe('the kind filter', () => {
  it('counts notes per kind', () => {
    expect(kindCounts(board([2, 2], ['note', 'gap', 'idea', 'gap']))).toEqual({ all: 4, note: 1, gap: 2, idea: 1 });
  });

  it('matches every kind for "all" and one kind otherwise', () => {
    expect(matchesKind('gap', 'all')).toBe(true);
    expect(matchesKind('gap', 'gap')).toBe(true);
    expect(matchesKind('note', 'idea')).toBe(false);
  });
});
