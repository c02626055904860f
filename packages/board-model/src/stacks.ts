import type * as Y from 'yjs';
import type { NoteId } from './ids.ts';
import { compareNotes, compareSources, type NoteSource, type NoteView, readAllNotes, readNote } from './schema.ts';

/**
 * Stacks: notes that say the same thing, shown as one. A member stores `stackedInto: <head>` and
 * is hidden; the head is an ordinary note whose text is the stack's text. Members keep their own
 * text, placement and sources, so unstacking gives them back unchanged; moving or deleting the
 * head moves or deletes the whole stack (restoring the head brings it back).
 */

/** Every stack: head -> its members that are not deleted, in their order (by key, then id). */
export function stacksByHead(doc: Y.Doc): Map<NoteId, NoteView[]> {
  const stacks = new Map<NoteId, NoteView[]>();
  for (const note of readAllNotes(doc)) {
    if (note.deleted || note.stackedInto === undefined) continue;
    const members = stacks.get(note.stackedInto);
    if (members) members.push(note);
    else stacks.set(note.stackedInto, [note]);
  }
  for (const members of stacks.values()) members.sort(compareNotes);
  return stacks;
}

/** The members of the stack under `head` (empty for a note that heads none). */
export function stackMembers(doc: Y.Doc, head: NoteId): NoteView[] {
  return stacksByHead(doc).get(head) ?? [];
}

/**
 * Where a stack's notes came from: the head's sources and its members', by group then source
 * note. Kept apart from `NoteView.sources`, which is each note's own record as stored, so that
 * reading one note never has to scan the board and unstacking needs no bookkeeping.
 */
export function stackSources(doc: Y.Doc, head: NoteId): NoteSource[] {
  const own = readNote(doc, head)?.sources ?? [];
  return [...own, ...stackMembers(doc, head).flatMap((member) => member.sources)].sort(compareSources);
}
