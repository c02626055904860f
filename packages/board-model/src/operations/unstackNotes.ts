import * as Y from 'yjs';
import { cryptoRandom, type NoteId } from '../ids.ts';
import { fail, ok, type Result } from '../result.ts';
import { compareNotes, notesInCell, notesMap, readAllNotes, readNote } from '../schema.ts';
import type { OperationOptions } from './createNote.ts';
import { liveNote } from './liveNote.ts';
import { keyForPosition } from './position.ts';

/**
 * Breaks up the stack under `head`: its members reappear right after the head, in their order
 * (by their keys, so as they stood in the cell when stacked), in the head's current cell. Deleted
 * members leave the stack too and stay deleted, so restoring one later shows a loose note.
 */
export function unstackNotes(doc: Y.Doc, head: NoteId, options: OperationOptions = {}): Result {
  const entry = liveNote(doc, head);
  if (!(entry instanceof Y.Map)) return entry;
  const view = readNote(doc, head);
  if (!view) return fail('unknown-note');
  if (view.stackedInto !== undefined) return fail('note-stacked');
  const members = readAllNotes(doc)
    .filter((note) => note.stackedInto === head)
    .sort(compareNotes);
  if (members.length === 0) return fail('not-a-stack');
  const random = options.random ?? cryptoRandom;
  const notes = notesMap(doc);
  doc.transact(() => {
    const at = notesInCell(doc, view.cell).findIndex((note) => note.id === head);
    let shown = 0;
    for (const member of members) {
      const note = notes.get(member.id);
      if (!note) continue;
      if (!member.deleted) {
        // Keyed while still hidden, so the cell's order is the visible one; then shown.
        const key = keyForPosition(doc, view.cell, at + 1 + shown, member.id, random);
        note.set('placement', { cell: view.cell, key });
        shown++;
      }
      note.delete('stackedInto');
    }
    // A stale `stackedInto` on the head (a cycle the readers broke) would hide it under a member now.
    if (entry.has('stackedInto')) entry.delete('stackedInto');
  });
  return ok();
}
