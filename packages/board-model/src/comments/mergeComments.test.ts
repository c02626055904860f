import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { mergeGroupBoards } from '../operations/mergeGroupBoards.ts';
import { ORIGINS } from '../origins.ts';
import { mergedNoteId } from '../provenance.ts';
import { seededBoard } from '../testing/board.ts';
import { boardWith } from '../testing/groupBoards.ts';
import { addComment } from './addComment.ts';
import { readComments } from './commentSchema.ts';
import { deleteComment } from './deleteComment.ts';
import { editComment } from './editComment.ts';

const anna = 'p-anna' as PersonId;

function groupWithThread() {
  const group = boardWith([['start:services', 'Walk-in-ohjaus']]);
  const note = group.ids[0];
  if (!note) throw new Error('no note');
  const comment = addComment(group.doc, note, 'Myös lauantaisin?', anna, { now: () => 5 });
  if (!comment.ok) throw new Error(comment.error);
  return { group, note, comment: comment.value };
}

describe('merging comments', () => {
  it('brings a group note comments under the merged note, naming the group, once', () => {
    const { group, note } = groupWithThread();
    const common = seededBoard();
    expect(mergeGroupBoards(common, [{ group: 3, doc: group.doc }]).ok).toBe(true);
    expect(readComments(common)).toEqual([
      expect.objectContaining({ noteId: mergedNoteId(3, note), text: 'Myös lauantaisin?', createdBy: anna, group: 3 }),
    ]);
    let updates = 0;
    common.on('update', () => updates++);
    mergeGroupBoards(common, [{ group: 3, doc: group.doc }]);
    expect(updates).toBe(0);
  });

  it('two facilitators merging at once end with one copy of each comment', () => {
    const { group } = groupWithThread();
    const first = seededBoard();
    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    mergeGroupBoards(first, [{ group: 1, doc: group.doc }]);
    mergeGroupBoards(second, [{ group: 1, doc: group.doc }]);
    Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
    expect(readComments(first)).toHaveLength(1);
  });

  it("follows a group's edit and delete, but never brings back what the plenary deleted", () => {
    const { group, comment } = groupWithThread();
    const common = seededBoard();
    mergeGroupBoards(common, [{ group: 1, doc: group.doc }]);
    editComment(group.doc, comment, 'Myös sunnuntaisin?');
    mergeGroupBoards(common, [{ group: 1, doc: group.doc }]);
    expect(readComments(common)[0]?.text).toBe('Myös sunnuntaisin?');
    const merged = readComments(common)[0]?.id;
    if (!merged) throw new Error('not merged');
    deleteComment(common, merged);
    editComment(group.doc, comment, 'Taas muutettu');
    mergeGroupBoards(common, [{ group: 1, doc: group.doc }]);
    expect(readComments(common)[0]).toMatchObject({ deleted: true, text: '' });
  });

  it('leaves out comments of notes not merged, and one Undo takes the comments back with the notes', () => {
    const { group } = groupWithThread();
    const gone = boardWith([['start:services', 'Poistettu']]);
    const goneNote = gone.ids[0];
    if (!goneNote) throw new Error('no note');
    addComment(gone.doc, goneNote, 'Jää pois', anna);
    deleteNote(gone.doc, goneNote);
    const common = seededBoard();
    const undo = new Y.UndoManager([common.getMap('notes'), common.getMap('comments')], {
      trackedOrigins: new Set([ORIGINS.mergeGroupBoards]),
    });
    mergeGroupBoards(common, [
      { group: 1, doc: group.doc },
      { group: 2, doc: gone.doc },
    ]);
    expect(readComments(common).map((comment) => comment.text)).toEqual(['Myös lauantaisin?']);
    undo.undo();
    expect(readComments(common)).toEqual([]);
  });
});
