import { describe, expect, it } from 'vitest';
import { breakLines } from './breakLines.ts';
import { hyphenatorFor } from './hyphenatorFor.ts';
import { loadHyphenator } from './load.ts';
import { breakPoints, SOFT_HYPHEN, withoutSoftHyphens } from './softHyphen.ts';

/** The word with "|" at each point where it may break. */
function marked(word: string, points: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const at of points) {
    out += `${word.slice(from, at)}|`;
    from = at;
  }
  return out + word.slice(from);
}

const fi = hyphenatorFor('fi');
const sv = hyphenatorFor('sv');
const en = hyphenatorFor('en');

describe('hyphenation points', () => {
  it.each([
    ['fi', 'Verkostotapaaminen', 'Ver|kos|to|ta|paa|mi|nen'],
    ['fi', 'asiakasprosessitaulukko', 'asia|kas|pro|ses|si|tau|luk|ko'],
    ['fi', 'Työntekijöiden', 'Työn|te|ki|jöi|den'],
    ['sv', 'sektorsövergripande', 'sek|tor|sö|ver|gri|pan|de'],
    ['sv', 'Uppföljningsskedet', 'Upp|följ|nings|ske|det'],
    ['en', 'multi-professional', 'multi-|pro|fes|sion|al'],
    ['en', 'collaboration', 'col|lab|or|a|tion'],
  ] as const)('%s: %s', (language, word, expected) => {
    const hyphenate = { fi, sv, en }[language];
    expect(marked(word, breakPoints(word, hyphenate))).toBe(expected);
  });

  it('marks points with soft hyphens that leave the text as it was once removed', () => {
    const text = 'Verkostotapaaminen – nuori mukana alusta asti.';
    const hyphenated = fi(text);
    expect(hyphenated).toContain(`Ver${SOFT_HYPHEN}kos`);
    expect(withoutSoftHyphens(hyphenated)).toBe(text);
  });

  it('loads a language on demand with the same points', async () => {
    const loaded = await loadHyphenator('sv');
    expect(loaded('sektorsövergripande')).toBe(sv('sektorsövergripande'));
  });
});

/** One unit per character: a monospaced measure, so widths read as letters. */
const letters = (text: string) => [...text].length;

describe('line breaking for PDFs', () => {
  it('breaks a word that does not fit at a hyphenation point, with a hyphen at the line end', () => {
    expect(breakLines('Verkostotapaaminen alkaa', 10, letters, fi)).toEqual(['Verkosto-', 'tapaaminen', 'alkaa']);
    expect(breakLines('Det sektorsövergripande samarbetet', 12, letters, sv)).toEqual([
      'Det sektor-',
      'sövergripan-',
      'de samarbe-',
      'tet',
    ]);
  });

  it('fills the rest of a line with the head of a word and breaks after a hard hyphen without a second one', () => {
    expect(breakLines('Staff and multi-professional collaboration', 16, letters, en)).toEqual([
      'Staff and multi-',
      'professional',
      'collaboration',
    ]);
    expect(breakLines('Staff and collaboration', 14, letters, en)).toEqual(['Staff and col-', 'laboration']);
  });

  it('breaks a word without any point that fits between letters, marked with a hyphen, as a last resort', () => {
    expect(breakLines('xxxxxxxxxxxx', 5, letters, fi)).toEqual(['xxxx-', 'xxxx-', 'xxxx']);
  });

  it('keeps the text’s own line breaks and empty lines, and never breaks a word without a hyphen', () => {
    const text = 'Työparityö:\nnuorisotyöntekijä ja opinto-ohjaaja\n\nEi luukuttamista';
    const lines = breakLines(text, 11, letters, fi);
    expect(lines[0]).toBe('Työparityö:');
    expect(lines).toContain('');
    for (const line of lines) expect(letters(line)).toBeLessThanOrEqual(11);
    // Joining the lines back (a line ending in "-" joins the next without a space) gives every word whole.
    const rejoined = lines.join('\n').replace(/-\n/g, '').replace(/\n+/g, ' ');
    expect(rejoined.replace('opintoohjaaja', 'opinto-ohjaaja')).toBe(text.replace(/\n+/g, ' '));
  });
});
