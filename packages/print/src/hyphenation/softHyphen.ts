/** U+00AD: invisible unless a line breaks there, where it shows as a hyphen. */
export const SOFT_HYPHEN = '\u00AD';

/** Inserts soft hyphens where a word may break; leaves everything else as it is. */
export type Hyphenate = (text: string) => string;

/** The text as stored and typed: what copy, search and editing see. */
export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '');
}

/**
 * Where `word` may break, as indices into the word without soft hyphens: the points `hyphenate`
 * finds, and after a hard hyphen ("multi-|professional"), which needs no second hyphen.
 */
export function breakPoints(word: string, hyphenate: Hyphenate): number[] {
  const points = new Set<number>();
  let index = 0;
  for (const char of hyphenate(withoutSoftHyphens(word))) {
    if (char === SOFT_HYPHEN) {
      points.add(index);
      continue;
    }
    index += char.length;
    if (char === '-' && index > 1) points.add(index);
  }
  points.delete(0);
  points.delete(index);
  return [...points].sort((a, b) => a - b);
}
