import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { createNote } from '../operations/createNote.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { eraseDeletedNotes } from '../operations/eraseDeletedNotes.ts';
import { decodeUpdate } from '../yjsInternals.ts';
import { addComment } from './addComment.ts';
import { commentCounts, commentsMap, commentsOfNote } from './commentSchema.ts';
import { checkCommentWrites } from './commentWrites.ts';
import { deleteComment } from './deleteComment.ts';
import { editComment } from './editComment.ts';

const anna = 'p-anna' as PersonId;
const pekka = 'p-pekka' as PersonId;

function boardWithNote() {
  const doc = new Y.Doc();
  const note = createNote(doc, 'start:services', { text: 'Chat-neuvonta' });
  if (!note.ok) throw new Error(note.error);
  return { doc, note: note.value };
}

/** What `write` does to a copy of `doc`, as the update the server would check. */
function updateOf(doc: Y.Doc, write: (copy: Y.Doc) => void) {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  write(copy);
  return decodeUpdate(Y.encodeStateAsUpdate(copy, before));
}

describe('comments', () => {
  it('adds, edits and deletes a comment, oldest first, with counts of live ones', () => {
    const { doc, note } = boardWithNote();
    const first = addComment(doc, note, '  Toimiiko iltaisin? ', anna, { now: () => 10 });
    const second = addComment(doc, note, 'Kyllä', pekka, { now: () => 20 });
    if (!first.ok || !second.ok) throw new Error('not added');
    expect(commentsOfNote(doc, note).map((comment) => comment.text)).toEqual(['Toimiiko iltaisin?', 'Kyllä']);
    expect(editComment(doc, first.value, 'Toimiiko lauantaisin?', { now: () => 30 }).ok).toBe(true);
    expect(commentsOfNote(doc, note)[0]).toMatchObject({ text: 'Toimiiko lauantaisin?', editedAt: 30, createdAt: 10 });
    expect(deleteComment(doc, second.value).ok).toBe(true);
    expect(commentsOfNote(doc, note)[1]).toMatchObject({ text: '', deleted: true, createdBy: pekka });
    expect(commentCounts(doc).get(note)).toBe(1);
    expect(editComment(doc, second.value, 'Uudestaan')).toEqual({ ok: false, error: 'unknown-comment' });
  });

  it("erases the comments on a deleted note with the note's text", () => {
    const { doc, note } = boardWithNote();
    const other = createNote(doc, 'start:services', { text: 'Toinen' });
    if (!other.ok) throw new Error(other.error);
    addComment(doc, note, 'Lainaa lappua', anna);
    addComment(doc, other.value, 'Jää', anna);
    deleteNote(doc, note);
    expect(eraseDeletedNotes(doc)).toBe(1);
    expect(commentsOfNote(doc, note)).toEqual([expect.objectContaining({ text: '', deleted: true, createdBy: anna })]);
    expect(commentsOfNote(doc, other.value)[0]?.text).toBe('Jää');
  });

  it('refuses empty and too long comments and comments on deleted notes', () => {
    const { doc, note } = boardWithNote();
    expect(addComment(doc, note, '   ', anna)).toEqual({ ok: false, error: 'empty-text' });
    expect(addComment(doc, note, 'x'.repeat(501), anna)).toEqual({ ok: false, error: 'text-too-long' });
    expect(addComment(doc, note, 'x'.repeat(500), anna).ok).toBe(true);
    deleteNote(doc, note);
    expect(addComment(doc, note, 'Myöhässä', anna)).toEqual({ ok: false, error: 'note-deleted' });
  });

  it('lets a participant write, edit and delete only their own comments', () => {
    const { doc, note } = boardWithNote();
    const own = updateOf(doc, (copy) => addComment(copy, note, 'Oma', anna));
    expect(checkCommentWrites(doc, own, anna)).toEqual({ allowed: true });
    expect(checkCommentWrites(doc, own, pekka)).toEqual({ allowed: false, reason: 'foreign-comment' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(doc));
    const added = addComment(doc, note, 'Annan', anna);
    if (!added.ok) throw new Error(added.error);
    const edit = updateOf(doc, (copy) => editComment(copy, added.value, 'Muokattu'));
    const remove = updateOf(doc, (copy) => deleteComment(copy, added.value));
    const drop = updateOf(doc, (copy) => commentsMap(copy).delete(added.value));
    for (const update of [edit, remove, drop]) {
      expect(checkCommentWrites(doc, update, anna)).toEqual({ allowed: true });
      expect(checkCommentWrites(doc, update, pekka)).toEqual({ allowed: false, reason: 'foreign-comment' });
    }
    const moved = updateOf(doc, (copy) => {
      const entry = commentsMap(copy).get(added.value) as Record<string, unknown>;
      commentsMap(copy).set(added.value, { ...entry, noteId: 'zzzzzzzzzzzz' });
    });
    expect(checkCommentWrites(doc, moved, anna)).toEqual({ allowed: false, reason: 'malformed-comment' });
  });

  it('refuses a comment entry that is a shared type, and anything written inside one', () => {
    const { doc, note } = boardWithNote();
    const nested = updateOf(doc, (copy) => {
      const entry = new Y.Map<unknown>();
      commentsMap(copy).set('c000000000001', entry);
      entry.set('noteId', note);
    });
    expect(checkCommentWrites(doc, nested, anna)).toEqual({ allowed: false, reason: 'malformed-comment' });
  });

  it('finds the key of an entry overwritten many times in one update', () => {
    const { doc, note } = boardWithNote();
    const added = addComment(doc, note, 'Annan', anna);
    if (!added.ok) throw new Error(added.error);
    const offline = updateOf(doc, (copy) => {
      for (let time = 0; time < 200; time++) editComment(copy, added.value, `Muokkaus ${time}`);
    });
    expect(checkCommentWrites(doc, offline, anna)).toEqual({ allowed: true });
    expect(checkCommentWrites(doc, offline, pekka)).toEqual({ allowed: false, reason: 'foreign-comment' });
    const many = updateOf(doc, (copy) => {
      for (let time = 0; time < 200; time++) editComment(copy, added.value, `Muokkaus ${time}`);
      const entry = commentsMap(copy).get(added.value) as Record<string, unknown>;
      commentsMap(copy).set(added.value, { ...entry, createdBy: pekka });
    });
    expect(checkCommentWrites(doc, many, pekka)).toEqual({ allowed: false, reason: 'foreign-comment' });
    expect(checkCommentWrites(doc, many, anna)).toEqual({ allowed: false, reason: 'foreign-comment' });
  });
});
