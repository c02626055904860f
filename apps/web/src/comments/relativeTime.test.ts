import { describe, expect, it } from 'vitest';
import { relativeTime } from './relativeTime.ts';

const now = Date.UTC(2026, 11, 6, 12);

describe('relativeTime', () => {
  it('says minutes, hours and days ago in each language, and nothing under a minute', () => {
    expect(relativeTime('fi', now - 30_000, now)).toBeNull();
    expect(relativeTime('fi', now - 5 * 60_000, now)).toBe('5 minuuttia sitten');
    expect(relativeTime('sv', now - 2 * 3_600_000, now)).toBe('för 2 timmar sedan');
    expect(relativeTime('en', now - 26 * 3_600_000, now)).toBe('yesterday');
  });

  it('gives the date of an older comment', () => {
    expect(relativeTime('en', now - 30 * 86_400_000, now)).toBe('6 Nov 2026');
  });
});
