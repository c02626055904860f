import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addComment } from '../comments/addComment.ts';
import { readComments } from '../comments/commentSchema.ts';
import { boardViolations } from '../invariants.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { editNoteText } from '../operations/editNoteText.ts';
import { mergeGroupBoards } from '../operations/mergeGroupBoards.ts';
import { moveNote } from '../operations/moveNote.ts';
import { setNoteColour } from '../operations/setNoteColour.ts';
import { addStep } from '../paths/addStep.ts';
import { createPath } from '../paths/createPath.ts';
import { readPaths } from '../paths/readPaths.ts';
import { mergedNoteId } from '../provenance.ts';
import { notesInCell, notesMap, readAllNotes, readNote } from '../schema.ts';
import { addNote, exchange, seededBoard } from '../testing/board.ts';
import { updateCounter } from '../testing/groupBoards.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { copyNoteId, copyTableToGroup } from './copyTable.ts';

/** A common table of two notes, copied onto two groups' boards when the groups were formed. */
function workshop() {
  const common = seededBoard();
  const walkIn = addNote(common, 'start:services', 'Walk-in-ohjaus', 1);
  const chat = addNote(common, 'start:services', 'Chat-palvelu', 2);
  const one = seededBoard();
  const two = seededBoard();
  copyTableToGroup(common, one, 1);
  copyTableToGroup(common, two, 2);
  const groups = [
    { group: 1, doc: one },
    { group: 2, doc: two },
  ];
  return { common, walkIn, chat, one, two, groups };
}

function merge(common: Y.Doc, groups: readonly { group: number; doc: Y.Doc }[]) {
  const result = mergeGroupBoards(common, groups, { random: seededRandom(7) });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const texts = (doc: Y.Doc) => notesInCell(doc, 'start:services').map((note) => note.text);

describe('merging group boards that started as a copy of the table', () => {
  it('brings back nothing from copies the groups left as they were', () => {
    const { common, groups } = workshop();
    const updates = updateCounter(common);
    expect(merge(common, groups)).toMatchObject({ added: 0, updated: 0, unchanged: 4, copiesRemoved: [] });
    expect(updates()).toBe(0);
    expect(readAllNotes(common)).toHaveLength(2);
  });

  it('updates the original with the group’s change, and then follows it as a merged note', () => {
    const { common, walkIn, one, groups } = workshop();
    editNoteText(one, copyNoteId(1, walkIn), 'Walk-in-ohjaus ilman ajanvarausta');
    setNoteColour(one, copyNoteId(1, walkIn), 'green');
    expect(merge(common, groups)).toMatchObject({ added: 0, updated: 1, unchanged: 3 });
    expect(readNote(common, walkIn)).toMatchObject({ text: 'Walk-in-ohjaus ilman ajanvarausta', colour: 'green' });
    expect(readNote(common, walkIn)?.sources.map((source) => source.group)).toEqual([1]);
    editNoteText(one, copyNoteId(1, walkIn), 'Walk-in-ohjaus iltaisin');
    expect(merge(common, groups)).toMatchObject({ added: 0, updated: 1 });
    expect(readNote(common, walkIn)?.text).toBe('Walk-in-ohjaus iltaisin');
    expect(boardViolations(common)).toEqual([]);
  });

  it('moves the original where the group moved its copy', () => {
    const { common, chat, one, groups } = workshop();
    moveNote(one, copyNoteId(1, chat), 'ending:services', 'end');
    expect(merge(common, groups)).toMatchObject({ updated: 1 });
    expect(readNote(common, chat)?.cell).toBe('ending:services');
    expect(readAllNotes(common)).toHaveLength(2);
  });

  it('brings a change back beside the original when the plenary has changed the original since', () => {
    const { common, walkIn, one, groups } = workshop();
    editNoteText(common, walkIn, 'Walk-in-ohjaus (plenaari)');
    editNoteText(one, copyNoteId(1, walkIn), 'Walk-in-ohjaus (ryhmä 1)');
    expect(merge(common, groups)).toMatchObject({ added: 1, updated: 0 });
    expect(texts(common)).toEqual(['Walk-in-ohjaus (plenaari)', 'Chat-palvelu', 'Walk-in-ohjaus (ryhmä 1)']);
    const added = readNote(common, mergedNoteId(1, copyNoteId(1, walkIn)));
    expect(added?.sources).toEqual([
      { group: 1, note: copyNoteId(1, walkIn), text: 'Walk-in-ohjaus (ryhmä 1)', colour: 'yellow', kind: 'note' },
    ]);
  });

  it('keeps both when two groups change the same original differently: neither overwrites the other', () => {
    const { common, walkIn, one, two, groups } = workshop();
    editNoteText(one, copyNoteId(1, walkIn), 'Walk-in-ohjaus (ryhmä 1)');
    editNoteText(two, copyNoteId(2, walkIn), 'Walk-in-ohjaus (ryhmä 2)');
    expect(merge(common, [...groups].reverse())).toMatchObject({ added: 1, updated: 1 });
    expect(texts(common)).toEqual(['Walk-in-ohjaus (ryhmä 1)', 'Chat-palvelu', 'Walk-in-ohjaus (ryhmä 2)']);
    expect(boardViolations(common)).toEqual([]);
  });

  it('is idempotent: a second merge writes nothing', () => {
    const { common, walkIn, chat, one, two, groups } = workshop();
    editNoteText(one, copyNoteId(1, walkIn), 'Walk-in-ohjaus (ryhmä 1)');
    editNoteText(two, copyNoteId(2, walkIn), 'Walk-in-ohjaus (ryhmä 2)');
    moveNote(two, copyNoteId(2, chat), 'ending:services', 'end');
    addNote(two, 'start:services', 'Jatko-ohjaus', 30);
    merge(common, groups);
    const updates = updateCounter(common);
    expect(merge(common, groups)).toMatchObject({ added: 0, updated: 0 });
    expect(updates()).toBe(0);
    expect(readAllNotes(common)).toHaveLength(4);
  });

  it('never deletes the original of a copy the group deleted, and reports it', () => {
    const { common, chat, one, groups } = workshop();
    deleteNote(one, copyNoteId(1, chat));
    expect(merge(common, groups)).toMatchObject({
      copiesRemoved: [{ group: 1, note: chat, text: 'Chat-palvelu' }],
      unchanged: 3,
    });
    expect(readNote(common, chat)?.deleted).toBe(false);
  });

  it('brings a changed copy back as a new note when the plenary deleted the original', () => {
    const { common, chat, one, groups } = workshop();
    deleteNote(common, chat);
    editNoteText(one, copyNoteId(1, chat), 'Chat-palvelu myös viikonloppuisin');
    expect(merge(common, groups)).toMatchObject({ added: 1 });
    expect(texts(common)).toEqual(['Walk-in-ohjaus', 'Chat-palvelu myös viikonloppuisin']);
  });

  it('merges the notes a group added as before', () => {
    const { common, two, groups } = workshop();
    addNote(two, 'start:services', 'Jatko-ohjaus', 30);
    expect(merge(common, groups)).toMatchObject({ added: 1, unchanged: 4 });
    expect(texts(common)).toEqual(['Walk-in-ohjaus', 'Chat-palvelu', 'Jatko-ohjaus']);
  });

  it('gives the same table when two facilitators merge the changed copies at once', () => {
    const { common, walkIn, chat, one, two, groups } = workshop();
    editNoteText(one, copyNoteId(1, walkIn), 'Walk-in-ohjaus (ryhmä 1)');
    editNoteText(two, copyNoteId(2, walkIn), 'Walk-in-ohjaus (ryhmä 2)');
    moveNote(one, copyNoteId(1, chat), 'ending:services', 'end');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(common));
    merge(common, groups);
    const second = mergeGroupBoards(other, groups, { random: seededRandom(99) });
    expect(second.ok).toBe(true);
    exchange(common, other);
    expect(readAllNotes(common)).toHaveLength(3);
    expect(texts(common)).toEqual(texts(other));
    expect(readNote(common, chat)?.cell).toBe('ending:services');
    expect(boardViolations(common)).toEqual([]);
  });

  it('brings a group’s comments and path steps on its copies to their originals', () => {
    const { common, walkIn, chat, one, groups } = workshop();
    expect(addComment(one, copyNoteId(1, walkIn), 'Toimii hyvin iltaisin', undefined).ok).toBe(true);
    const path = createPath(one, { name: 'Kertakävijä' });
    if (!path.ok) throw new Error(path.error);
    expect(addStep(one, path.value, { noteId: copyNoteId(1, chat) }).ok).toBe(true);
    merge(common, groups);
    expect(readComments(common).map(({ noteId, text }) => ({ noteId, text }))).toEqual([
      { noteId: walkIn, text: 'Toimii hyvin iltaisin' },
    ]);
    expect(readPaths(common)[0]?.steps.map((step) => step.noteId)).toEqual([chat]);
  });

  it('takes a note for a copy only under the id of its copy: a copiedFrom written elsewhere changes no original', () => {
    const { common, walkIn, one, groups } = workshop();
    const forged = addNote(one, 'start:services', 'Walk-in-ohjaus suljettu', 40);
    const copy = notesMap(one).get(copyNoteId(1, walkIn));
    notesMap(one).get(forged)?.set('copiedFrom', copy?.get('copiedFrom'));
    expect(merge(common, groups)).toMatchObject({ added: 1, updated: 0 });
    expect(texts(common)).toEqual(['Walk-in-ohjaus', 'Chat-palvelu', 'Walk-in-ohjaus suljettu']);
  });
});
