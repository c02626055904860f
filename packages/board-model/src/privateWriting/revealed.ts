import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { eraseNote } from '../operations/eraseDeletedNotes.ts';
import { notesMap } from '../schema.ts';

/**
 * A private document's record of what the reveal has brought onto the board, written only by the
 * server (a client's change there is refused): `revealed: Y.Map<noteId, true>`. Stored with the
 * room, so a reveal survives restarts, and what is written after it waits for the next one.
 */
export const REVEALED_ROOT = 'revealed';

export function revealedMap(privateDoc: Y.Doc): Y.Map<unknown> {
  return privateDoc.getMap(REVEALED_ROOT);
}

export function isRevealed(privateDoc: Y.Doc, note: NoteId): boolean {
  return revealedMap(privateDoc).get(note) === true;
}

/**
 * Marks notes revealed once the board has stored them, and empties what they said here: the
 * board's copy is the note now, under the board's own erasure, and no copy stays behind in the
 * private room once the board has erased it (the person's view shows unrevealed notes only).
 */
export function markRevealed(privateDoc: Y.Doc, notes: readonly NoteId[]): void {
  if (notes.length === 0) return;
  privateDoc.transact(() => {
    for (const note of notes) {
      revealedMap(privateDoc).set(note, true);
      const entry = notesMap(privateDoc).get(note);
      if (entry instanceof Y.Map) eraseNote(entry);
    }
  });
}
