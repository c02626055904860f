import type { Language } from '@avaa/board-model';
import { hyphenatorOf } from './patternsFor.ts';
import type { Hyphenate } from './softHyphen.ts';

/** Each language's patterns as its own chunk: a Finnish board never downloads the English ones. */
const PATTERNS = {
  fi: () => import('hyphen/patterns/fi.js'),
  sv: () => import('hyphen/patterns/sv.js'),
  en: () => import('hyphen/patterns/en-gb.js'),
} as const;

const loading = new Map<Language, Promise<Hyphenate>>();

async function load(language: Language): Promise<Hyphenate> {
  const [library, patterns] = await Promise.all([import('hyphen'), PATTERNS[language]()]);
  return hyphenatorOf(library.default, patterns.default);
}

/**
 * The language's hyphenation, loaded on first use (the browser's way: the patterns stay out of
 * the first download). A failed load is forgotten so the next call tries again.
 */
export function loadHyphenator(language: Language): Promise<Hyphenate> {
  let promise = loading.get(language);
  if (promise === undefined) {
    promise = load(language);
    promise.catch(() => loading.delete(language));
    loading.set(language, promise);
  }
  return promise;
}
