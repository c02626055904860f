import { describe, expect, it } from 'vitest';
import { initials } from './initials.ts';

describe('initials', () => {
  it('skips a parenthesised role after the name', () => {
    expect(initials('Tiina (fasilitaattori)')).toBe('T');
  });

  it('takes the first letters of the first and last word', () => {
    expect(initials('Åsa Öberg')).toBe('ÅÖ');
    expect(initials('anna-liisa de la Cruz')).toBe('AC');
  });

  it('handles one-word names', () => {
    expect(initials('Mikko')).toBe('M');
  });

  it('skips emoji and punctuation', () => {
    expect(initials('🌟 Sara Niemi!')).toBe('SN');
    expect(initials('"Jussi", ohjaaja')).toBe('JO');
    expect(initials('Eeva 🙂')).toBe('E');
  });

  it('skips brackets of every kind and unclosed ones', () => {
    expect(initials('[TE-palvelut] Pekka Ahola')).toBe('PA');
    expect(initials('Liisa (nuorisotyö')).toBe('L');
  });

  it('falls back to a question mark when there is no letter', () => {
    expect(initials('🙂 ()')).toBe('?');
    expect(initials('   ')).toBe('?');
  });
});
