import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { fail, ok, type Result } from '../result.ts';
import { normalizeNoteText, validateNoteText } from '../validation.ts';
import { liveNote } from './liveNote.ts';

/**
 * Replaces a note's text with `text`, writing only the changed span into the Y.Text so that
 * concurrent typing by two people in one note merges instead of one overwriting the other.
 */
export function editNoteText(doc: Y.Doc, id: NoteId, text: string): Result {
  const note = liveNote(doc, id);
  if (!(note instanceof Y.Map)) return note;
  const next = normalizeNoteText(text);
  const valid = validateNoteText(next);
  if (!valid.ok) return valid;
  const ytext = note.get('text');
  if (!(ytext instanceof Y.Text)) return fail('unknown-note');
  const current = ytext.toString();
  if (current === next) return ok();
  const { start, removed, inserted } = textChange(current, next);
  doc.transact(() => {
    if (removed > 0) ytext.delete(start, removed);
    if (inserted.length > 0) ytext.insert(start, inserted);
  });
  return ok();
}

/** The single span that differs between two strings, never splitting a surrogate pair. */
export function textChange(before: string, after: string): { start: number; removed: number; inserted: string } {
  let start = 0;
  const limit = Math.min(before.length, after.length);
  while (start < limit && before[start] === after[start]) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < limit - start && before[before.length - 1 - end] === after[after.length - 1 - end]) {
    end++;
  }
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return {
    start,
    removed: before.length - end - start,
    inserted: after.slice(start, after.length - end),
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
