import { fail, ok, type Result } from './result.ts';

/**
 * A note is a sticky note: a phrase or two about a service. 500 characters (Unicode code points)
 * is about a paragraph and still prints legibly on a process card.
 */
export const MAX_NOTE_TEXT_LENGTH = 500;

// C0 controls except tab and line feed, DEL, C1 controls, and bidirectional overrides that can
// make text display differently from what it says.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Characters that show nothing: spaces, the invisible format and filler characters (zero-width
 * spaces and joiners, soft hyphens, Hangul fillers), combining marks with nothing to combine
 * with, and the blank Braille pattern. A text of only these looks empty on every screen.
 */
const SHOWS_NOTHING = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{M}\u2800]*$/u;

/** Whether a text shows nothing at all when written out: empty, to whoever reads it. */
export function showsNothing(text: string): boolean {
  return SHOWS_NOTHING.test(text);
}

export function validateNoteText(text: string): Result {
  if (showsNothing(text)) return fail('empty-text');
  if (CONTROL_CHARACTER.test(text)) return fail('control-character');
  if (codePointLength(text) > MAX_NOTE_TEXT_LENGTH) return fail('text-too-long');
  return ok();
}

export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** What a text field should store for typed or pasted text: Windows line ends and tabs tamed. */
export function normalizeNoteText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}
