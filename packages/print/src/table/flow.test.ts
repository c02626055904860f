import { describe, expect, it } from 'vitest';
import { flow, heightForOnePage, pagesOf } from './flow.ts';

const items = [10, 20, 5, 30, 10].map((height) => ({ height }));

describe('flow', () => {
  it('fills a column, then the next, then the next page, in order', () => {
    const placed = flow(items, 2, 32, 1);
    expect(placed.map(({ page, column, y }) => [page, column, y])).toEqual([
      [0, 0, 0],
      [0, 0, 11],
      [0, 1, 0],
      [1, 0, 0],
      [1, 1, 0],
    ]);
    expect(pagesOf(placed)).toBe(2);
  });

  it('never cuts an item taller than the column: it gets a column of its own', () => {
    const placed = flow([{ height: 50 }, { height: 5 }], 1, 20, 1);
    expect(placed.map((p) => p.page)).toEqual([0, 1]);
  });

  it('finds the least height that holds everything on one page', () => {
    const height = heightForOnePage(items, 2, 1);
    expect(pagesOf(flow(items, 2, height, 1))).toBe(1);
    expect(pagesOf(flow(items, 2, height - 0.5, 1))).toBe(2);
  });
});
