import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaryOf, loadLanguage } from './dictionaries.ts';
import { plural } from './plural.ts';

/** Texts that put a count before a word ("{count} lappua") but have no singular form. */
function uncounted(language: 'fi' | 'sv' | 'en'): string[] {
  return Object.entries(dictionaryOf(language))
    .filter(
      ([key, text]) => /\{(count|notes|agreements|minutes|dots)\} \p{L}/u.test(text) && !/\.(one|other)$/.test(key),
    )
    .filter(([key]) => !ALWAYS_SEVERAL.includes(key) && !SAME_FOR_ANY_COUNT.includes(key))
    .map(([key, text]) => `${key}: ${text}`);
}

// A stack holds two notes or more, a proposal stacks two or more: never one. Uneven client
// representatives means one group has at least two more than another. Making more groups than
// proposed means two or more, the smallest of two people.
const ALWAYS_SEVERAL = [
  'stackBy.done',
  'stack.count',
  'stack.split',
  'stack.proposal',
  'stack.accepted',
  'grouping.problem.client-representatives-uneven',
  'groups.auto.small.choose',
  'groups.auto.small.warning',
];
// The word after the count does not change with it ("1 paikalla", "+1 lisää", "5 min").
const SAME_FOR_ANY_COUNT = ['presence.count', 'merge.preview.updated', 'timer.preset', 'projector.more'];

describe('plural forms', () => {
  // Swedish and English load on demand in the app.
  beforeAll(() => Promise.all([loadLanguage('sv'), loadLanguage('en')]));

  it('give every count before a word a singular and a plural, in every language', () => {
    expect(uncounted('fi')).toEqual([]);
    expect(uncounted('sv')).toEqual([]);
    expect(uncounted('en')).toEqual([]);
  });

  it('take the singular for one and the plural otherwise', () => {
    expect([0, 1, 3].map((n) => plural('fi', 'vote.dots', n))).toEqual(['0 pistettä', '1 piste', '3 pistettä']);
    expect([1, 2].map((n) => plural('fi', 'gaps.count', n))).toEqual(['1 lappu', '2 lappua']);
    expect([1, 2].map((n) => plural('sv', 'vote.dots', n))).toEqual(['1 prick', '2 prickar']);
    expect([1, 2].map((n) => plural('en', 'projector.participants', n))).toEqual([
      '1 participant here',
      '2 participants here',
    ]);
  });
});
