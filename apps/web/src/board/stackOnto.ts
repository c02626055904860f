import { moveNote, type NoteId, type NoteView, ok, type Result, readNote, stackNotes } from '@avaa/board-model';
import type * as Y from 'yjs';

/**
 * Stacks `note` under `head` (the head stays on top), as a drop onto a note or "Stack with…"
 * does. A note from another cell moves to the head's cell first; the move and the stacking are
 * one transaction, so one undo takes back both.
 */
export function stackOnto(doc: Y.Doc, note: NoteId, head: NoteId): Result {
  const target = readNote(doc, head);
  const moving = readNote(doc, note);
  // Whatever stackNotes would refuse is refused before anything moves.
  if (!loose(target) || !loose(moving) || note === head) return stackNotes(doc, head, [note]);
  let result: Result = ok();
  doc.transact(() => {
    if (moving.cell !== target.cell) result = moveNote(doc, note, target.cell, 'end');
    if (result.ok) result = stackNotes(doc, head, [note]);
  });
  return result;
}

function loose(view: NoteView | undefined): view is NoteView {
  return view !== undefined && !view.deleted && view.stackedInto === undefined;
}
