import { describe, expect, it } from 'vitest';
import { fitNotes, linesInCell } from './fitNotes.ts';

// A cell of the projector grid is about 340 x 315 px at 1920x1080 and 222 x 202 px at 1280x720.
describe('fitNotes', () => {
  it('gives a few short notes large type', () => {
    expect(fitNotes(2, 340, 315, 30).fontPx).toBeGreaterThanOrEqual(30);
  });

  it('fits ten notes in a 1080p cell without overflowing it', () => {
    const layout = fitNotes(10, 340, 315, 60);
    expect(layout.fontPx).toBeGreaterThanOrEqual(12);
    const rows = Math.ceil(10 / layout.columns);
    expect(rows * (layout.fontPx * 1.2 * layout.lines + 10) + (rows - 1) * 6).toBeLessThanOrEqual(315);
  });

  it('looks the same, scaled, at 720p', () => {
    const large = fitNotes(10, 340, 315, 60);
    const small = fitNotes(10, 222, 202, 60);
    expect(small.columns).toBe(large.columns);
    expect(small.fontPx / large.fontPx).toBeGreaterThan(0.55);
  });

  it('never grows the type as the cell fills up', () => {
    const sizes = [1, 4, 10, 20].map((count) => fitNotes(count, 340, 315, 60).fontPx);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it('lets a note of a less full cell show more lines at the same type size', () => {
    const layout = fitNotes(2, 340, 315, 60);
    const alone = linesInCell(layout, 1, 315);
    expect(alone).toBeGreaterThan(layout.lines);
    expect(alone * layout.fontPx * 1.2 + 10).toBeLessThanOrEqual(315);
    expect(linesInCell(layout, 2, 315)).toBe(layout.lines);
  });

  it('keeps the longest word on one line where the cell allows', () => {
    const plain = fitNotes(1, 230, 215, 30);
    const long = fitNotes(1, 230, 215, 30, 18);
    expect(long.fontPx).toBeLessThan(plain.fontPx);
    expect(Math.floor((230 - 10) / (long.fontPx * 0.55))).toBeGreaterThanOrEqual(19);
  });
});

describe('fitNotes at the readable floor', () => {
  it('keeps whole words on a line when not even one line per note fits', () => {
    // Ten notes in a 1080p cell at 27 px: no layout gives each a line; one column, not four.
    const layout = fitNotes(10, 340, 290, 60, 12, { minFont: 27 });
    expect(layout).toEqual({ columns: 1, fontPx: 27, lines: 1 });
  });
});
