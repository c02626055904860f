import type { Language } from '@avaa/board-model';
import createHyphenator from 'hyphen';
import en from 'hyphen/patterns/en-gb.js';
import fi from 'hyphen/patterns/fi.js';
import sv from 'hyphen/patterns/sv.js';
import { hyphenatorOf, type PatternModules } from './patternsFor.ts';
import type { Hyphenate } from './softHyphen.ts';

const PATTERNS: PatternModules = { fi, sv, en };
const made = new Map<Language, Hyphenate>();

/**
 * The language's hyphenation at once, for the PDF renderer, which is synchronous; its patterns
 * come with the renderer's own (lazily loaded) code.
 */
export function hyphenatorFor(language: Language): Hyphenate {
  let hyphenate = made.get(language);
  if (hyphenate === undefined) {
    hyphenate = hyphenatorOf(createHyphenator, PATTERNS[language]);
    made.set(language, hyphenate);
  }
  return hyphenate;
}
