/**
 * Hyphenation for Finnish, Swedish and English text: soft hyphens for the screen (the browser
 * breaks and shows the hyphen) and a line breaker for PDFs. Browser-safe: nothing here loads a
 * language's patterns until `loadHyphenator` is called.
 */
export { breakLines, type Measure } from './breakLines.ts';
export { loadHyphenator } from './load.ts';
export { breakPoints, type Hyphenate, SOFT_HYPHEN, withoutSoftHyphens } from './softHyphen.ts';
