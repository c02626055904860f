import { foldText } from '../merge/textFolding.ts';

/** A found stretch of the original text, in UTF-16 units: `[start, end)`. */
export type TextRange = { readonly start: number; readonly end: number };

/** A few words around the first match, with every match in it marked (offsets into `text`). */
export type Snippet = {
  readonly text: string;
  readonly marks: readonly TextRange[];
  /** Text was left out before or after. */
  readonly cutStart: boolean;
  readonly cutEnd: boolean;
};

const MAX_TERMS = 8;

/**
 * The words of a query, folded as notes are (case and diacritics: "tyo" finds "työ", "Ö" finds
 * "ö"): Finnish and Swedish writers drop the dots on phones. Every word must be found.
 */
export function searchTerms(query: string): string[] {
  const words = foldText(query)
    .split(/\s+/u)
    .filter((word) => word.length > 0);
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** The text folded, with where each folded unit came from in the original. */
function foldWithOffsets(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  for (const char of text) {
    const part = foldText(char);
    folded += part;
    for (let unit = 0; unit < part.length; unit += 1) {
      from.push(index);
      to.push(index + char.length);
    }
    index += char.length;
  }
  return { folded, from, to };
}

/** Where every term occurs in `text`, merged and in order; null unless every term occurs. */
export function matchText(text: string, terms: readonly string[]): TextRange[] | null {
  if (terms.length === 0) return null;
  const { folded, from, to } = foldWithOffsets(text);
  const ranges: TextRange[] = [];
  for (const term of terms) {
    let at = folded.indexOf(term);
    if (at < 0) return null;
    while (at >= 0) {
      ranges.push({ start: from[at] ?? 0, end: to[at + term.length - 1] ?? text.length });
      at = folded.indexOf(term, at + term.length);
    }
  }
  return merge(ranges);
}

function merge(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

/** Up to `width` units of `text` around its first match, cut at word boundaries where it can be. */
export function snippetOf(text: string, marks: readonly TextRange[], width = 100): Snippet {
  if (text.length <= width) return { text, marks, cutStart: false, cutEnd: false };
  const first = marks[0] ?? { start: 0, end: 0 };
  let start = Math.max(0, Math.min(first.start - Math.floor(width / 3), text.length - width));
  const space = text.lastIndexOf(' ', first.start);
  if (space >= start && space - start < width / 3) start = space + 1;
  const end = Math.min(text.length, start + width);
  const inside = marks
    .filter((mark) => mark.end > start && mark.start < end)
    .map((mark) => ({ start: Math.max(mark.start, start) - start, end: Math.min(mark.end, end) - start }));
  return { text: text.slice(start, end), marks: inside, cutStart: start > 0, cutEnd: end < text.length };
}
