import { describe, expect, it } from 'vitest';
import { formatDate, stepDate, todayIso } from './dates.ts';

describe('dates', () => {
  it('writes a date as each language does', () => {
    expect(formatDate('2026-11-24', 'fi')).toBe('24.11.2026');
    expect(formatDate('2026-11-24', 'sv')).toBe('2026-11-24');
    expect(formatDate('2026-11-24', 'en')).toBe('2026-11-24');
  });

  it('leaves anything that is not a date as it is', () => {
    expect(formatDate('huomenna', 'fi')).toBe('huomenna');
  });

  it("gives today's local date for a date field", () => {
    expect(todayIso(new Date(2026, 10, 4, 23, 59))).toBe('2026-11-04');
  });

  it('steps a day across months and years, as the arrow keys of a date field do', () => {
    expect(stepDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(stepDate('2028-03-01', -1)).toBe('2028-02-29');
    expect(stepDate('2026-11-24', 7)).toBe('2026-12-01');
  });
});
