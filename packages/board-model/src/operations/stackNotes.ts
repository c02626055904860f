import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { fail, ok, type Result } from '../result.ts';
import { type NoteView, notesMap, readAllNotes, readNote } from '../schema.ts';
import { liveNote } from './liveNote.ts';

/**
 * Stacks `members` under `head`: notes of one cell that say the same thing, shown as the head.
 * Members are hidden, keeping their text, place and sources (see `stacks.ts`); the head's text is
 * the stack's text (`editNoteText` on the head). A member that heads a stack of its own brings
 * its members along, re-pointed to the new head, so operations never write chains.
 */
export function stackNotes(doc: Y.Doc, head: NoteId, members: readonly NoteId[]): Result {
  if (members.length === 0) return fail('stack-without-members');
  if (new Set(members).size !== members.length || members.includes(head)) return fail('duplicate-stack-member');
  const headView = stackable(doc, head);
  if (!headView.ok) return headView;
  for (const member of members) {
    const view = stackable(doc, member);
    if (!view.ok) return view;
    if (view.value.cell !== headView.value.cell) return fail('stack-cells-differ');
  }
  const notes = notesMap(doc);
  const all = readAllNotes(doc);
  doc.transact(() => {
    // A head reads as in no stack, yet may store a stale `stackedInto` (a cycle broken by the
    // readers, or a note not arrived yet): clear it, so it cannot turn up later.
    if (notes.get(head)?.has('stackedInto')) notes.get(head)?.delete('stackedInto');
    for (const member of members) {
      notes.get(member)?.set('stackedInto', head);
      for (const sub of all.filter((note) => note.stackedInto === member)) notes.get(sub.id)?.set('stackedInto', head);
    }
  });
  return ok();
}

/** A live note in no stack (it may head one). */
function stackable(doc: Y.Doc, id: NoteId): Result<NoteView> {
  const entry = liveNote(doc, id);
  if (!(entry instanceof Y.Map)) return entry;
  const view = readNote(doc, id);
  if (!view) return fail('unknown-note');
  if (view.stackedInto !== undefined) return fail('note-stacked');
  return ok(view);
}
