import { describe, expect, it } from 'vitest';
import { allocateRows } from './rows.ts';

describe('allocateRows', () => {
  it('gives every row what it needs and shares the rest equally when all fits', () => {
    expect(allocateRows([10, 20, 30], 90, [15, 15, 15])).toEqual([20, 30, 40]);
  });

  it('shares in proportion to need when not all fits, with a floor', () => {
    const heights = allocateRows([100, 10, 290], 300, [30, 30, 30]);
    expect(heights.reduce((a, b) => a + b, 0)).toBeCloseTo(300);
    expect(heights[1]).toBe(30);
    expect(heights[2]! / heights[0]!).toBeCloseTo(2.9);
  });

  it('keeps a row at least as tall as its floor', () => {
    const heights = allocateRows([100, 100, 400], 300, [30, 120, 30]);
    expect(heights[1]).toBe(120);
    expect(heights.reduce((a, b) => a + b, 0)).toBeCloseTo(300);
  });

  it('shares equally when nothing is needed', () => {
    expect(allocateRows([0, 0, 0], 90, [10, 10, 10])).toEqual([30, 30, 30]);
  });
});
