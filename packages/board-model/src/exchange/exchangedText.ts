/**
 * Far above the 500 a note may be typed with: concurrent edits can leave a longer or an empty
 * text on a live board, and an export of that board must still import.
 */
export const MAX_EXCHANGED_TEXT_LENGTH = 10_000;
// As for typed notes: no control characters but tab and line feed, no bidirectional overrides.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

export function isExchangedText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_EXCHANGED_TEXT_LENGTH && !CONTROL_CHARACTER.test(value);
}

const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'gu');

/**
 * A text as an export writes it, so that the file always imports: a raw client can write what
 * the operations refuse, so the characters an import refuses are dropped and the text is cut at
 * the bound (never inside a surrogate pair).
 */
export function toExchangedText(text: string): string {
  return cutText(withoutControlCharacters(text), MAX_EXCHANGED_TEXT_LENGTH);
}

/** The text without the characters an import refuses (all control characters but tab and line feed). */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/** At most `max` UTF-16 units, never cut inside a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
