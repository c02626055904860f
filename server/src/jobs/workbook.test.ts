import { describe, expect, it } from 'vitest';
import { rowHeight, wallClock } from './workbook.ts';

describe('the workbook writer', () => {
  it('shows a moment as a Finnish clock showed it, in winter and in summer time', () => {
    expect(wallClock(Date.UTC(2026, 11, 7, 8, 5, 0)).toISOString()).toBe('2026-12-07T10:05:00.000Z');
    expect(wallClock(Date.UTC(2026, 5, 1, 21, 30, 15)).toISOString()).toBe('2026-06-02T00:30:15.000Z');
    // The night the clocks go back (25.10.2026 at 01:00 UTC): 03:59 summer time, then 03:00 again.
    expect(wallClock(Date.UTC(2026, 9, 25, 0, 59, 59)).toISOString()).toBe('2026-10-25T03:59:59.000Z');
    expect(wallClock(Date.UTC(2026, 9, 25, 1, 0, 0)).toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });

  it("gives a row the height of its longest wrapped text, none for one line, at most Excel's highest", () => {
    const columns = [
      { header: 'a', kind: 'text', width: 10 },
      { header: 'b', kind: 'text', width: 20 },
      { header: 'c', kind: 'number', width: 5 },
    ] as const;
    expect(rowHeight(['lyhyt', 'lyhyt', 3], columns)).toBeUndefined();
    expect(rowHeight(['x'.repeat(25), 'a\nb', 3], columns)).toBe(45);
    expect(rowHeight(['', 'x'.repeat(500), null], columns)).toBe(375);
    expect(rowHeight(['x'.repeat(5000), '', null], columns)).toBe(409);
  });
});
