import { describe, expect, it } from 'vitest';
import { DOT_WORDS, dotCount, formatDate, NOTE_KIND_WORDS, parseDate } from './wording.ts';

describe('shared wording', () => {
  it('counts a vote in dots, one word per language', () => {
    expect([0, 1, 3].map((n) => dotCount(n, 'fi'))).toEqual(['0 pistettä', '1 piste', '3 pistettä']);
    expect([1, 2].map((n) => dotCount(n, 'sv'))).toEqual(['1 prick', '2 prickar']);
    expect([1, 2].map((n) => dotCount(n, 'en'))).toEqual(['1 dot', '2 dots']);
    expect(DOT_WORDS.fi.other).toBe('pistettä');
  });

  it('writes a date as the workshop’s language does: fi d.M.yyyy, sv and en ISO', () => {
    expect(formatDate('2027-01-05', 'fi')).toBe('5.1.2027');
    expect(formatDate('2027-01-05', 'sv')).toBe('2027-01-05');
    expect(formatDate('2027-01-05', 'en')).toBe('2027-01-05');
    expect(formatDate('huomenna', 'fi')).toBe('huomenna');
  });

  it('reads a typed date back in either way of writing it, refusing days that do not exist', () => {
    expect(parseDate(' 5.1.2027 ')).toBe('2027-01-05');
    expect(parseDate('2027-1-5')).toBe('2027-01-05');
    expect(parseDate('31.2.2027')).toBeNull();
    expect(parseDate('01/05/2027')).toBeNull();
    expect(parseDate('5.1.27')).toBeNull();
  });

  it('names note kinds in each language', () => {
    expect(NOTE_KIND_WORDS.fi).toEqual({ note: 'lappu', gap: 'puute', idea: 'idea' });
    expect(NOTE_KIND_WORDS.sv.gap).toBe('brist');
  });
});
