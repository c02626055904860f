import { describe, expect, it } from 'vitest';
import { readableFontPx } from './fitNotes.ts';
import { longestWordOf, typicalCount } from './typicalNotes.ts';

describe('sizing the projector for a typical cell', () => {
  it('lets one full cell not decide the type for the whole table', () => {
    // 60 notes: 16 in one cell after a merge, 3-4 in the others.
    const counts = [16, ...Array.from({ length: 14 }, (_, i) => (i < 2 ? 4 : 3))];
    expect(typicalCount(counts)).toBe(3);
    expect(typicalCount([0, 0, 2, 0])).toBe(2);
    expect(typicalCount([])).toBe(0);
  });

  it('counts a word broken by soft hyphens as its parts', () => {
    expect(longestWordOf('Työllisyyspalvelujen kanssa')).toBe(20);
    expect(longestWordOf('Työllisyys\u00adpalvelujen kanssa')).toBe(10);
  });

  it('never goes under 16 px and scales with the picture', () => {
    expect(readableFontPx(720)).toBe(18);
    expect(readableFontPx(1080)).toBe(27);
    expect(readableFontPx(480)).toBe(16);
  });
});
