import { describe, expect, it } from 'vitest';
import { lookalikes, newVocabulary, oneEditApart, stemId, trigramDice, trigrams } from './vocabulary.ts';

const dice = (a: string, b: string) => trigramDice(trigrams(a), trigrams(b));

describe('trigram similarity of stems', () => {
  it('measures the overlap of padded trigrams', () => {
    expect([...trigrams('nuor')]).toEqual(['^nu', 'nuo', 'uor', 'or$']);
    expect(dice('nuoris', 'nuor')).toBeCloseTo(0.6, 3);
    expect(dice('seurant', 'seurann')).toBeCloseTo(0.714, 3);
    expect(dice('ohjau', 'palveluohjau')).toBeLessThan(0.5);
  });

  it('recognises one edit: insertion, deletion, substitution or a swap of neighbours', () => {
    expect(oneEditApart('nuorisot', 'nuorsot')).toBe(true);
    expect(oneEditApart('palveluohj', 'palveluohk')).toBe(true);
    expect(oneEditApart('palveluohj', 'palvelouhj')).toBe(true);
    expect(oneEditApart('palveluohj', 'palveluohj')).toBe(false);
    expect(oneEditApart('palveluohj', 'palveluohjaaj')).toBe(false);
    expect(oneEditApart('verkostotapaam', 'verkkotapaam')).toBe(false);
  });
});

describe('lookalikes', () => {
  it('lists stems alike enough with their squared overlap, and typos at 0.9', () => {
    const vocabulary = newVocabulary();
    const [youthWork, typo, client, guidance, counsellor] = [
      'nuorisotyo',
      'nuorsotyo',
      'asiakas',
      'palveluohjaus',
      'palveluohjaaja',
    ].map((word) => stemId(vocabulary, word));
    expect(lookalikes(vocabulary, youthWork!).get(typo!)).toBe(0.9);
    expect(lookalikes(vocabulary, youthWork!).has(client!)).toBe(false);
    expect(lookalikes(vocabulary, guidance!).get(counsellor!)).toBeCloseTo(
      dice('palveluohj', 'palveluohjaaj') ** 2,
      12,
    );
  });

  it('leaves compounds guessed from adjacent words out, and sees words added later', () => {
    const vocabulary = newVocabulary();
    const service = stemId(vocabulary, 'palveluohjaus');
    const guessed = stemId(vocabulary, 'palveluohjaaja', true);
    expect(lookalikes(vocabulary, service).has(guessed)).toBe(false);
    stemId(vocabulary, 'palveluohjaaja');
    expect(lookalikes(vocabulary, service).has(guessed)).toBe(true);
  });
});
