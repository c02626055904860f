import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/dictionaries.ts';
import { counted } from './plural.ts';

describe('counted words', () => {
  it('takes the singular for one and the plural otherwise, in every language', () => {
    const fi = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate('fi', key, params);
    const sv = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate('sv', key, params);
    expect([0, 1, 3].map((n) => counted(fi, 'vote.dots', n))).toEqual(['0 pistettä', '1 piste', '3 pistettä']);
    expect([1, 2].map((n) => counted(fi, 'gaps.count', n))).toEqual(['1 lappu', '2 lappua']);
    expect([1, 2].map((n) => counted(sv, 'vote.dots', n))).toEqual(['1 prick', '2 prickar']);
  });
});
