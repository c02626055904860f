import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteNote } from '../operations/deleteNote.ts';
import { eraseDeletedNotes } from '../operations/eraseDeletedNotes.ts';
import { stackNotes } from '../operations/stackNotes.ts';
import { ORIGINS } from '../origins.ts';
import { notesInCell, notesMap, readAllNotes } from '../schema.ts';
import { addNote, exchange, seededBoard } from '../testing/board.ts';
import { copyNoteId, copyTableToGroup, readCopiedFrom } from './copyTable.ts';

function table() {
  const common = seededBoard();
  const walkIn = addNote(common, 'start:services', { text: 'Walk-in-ohjaus', colour: 'blue', kind: 'gap' }, 1);
  const chat = addNote(common, 'start:services', 'Chat-palvelu', 2);
  const pairs = addNote(common, 'during:collaboration', 'Työparityö', 3);
  return { common, walkIn, chat, pairs };
}

function copy(common: Y.Doc, group: Y.Doc, number: number) {
  const result = copyTableToGroup(common, group, number);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('copyTableToGroup', () => {
  it('copies the visible notes in their cells and order, each with its original and a snapshot', () => {
    const { common, walkIn, pairs } = table();
    const group = seededBoard();
    expect(copy(common, group, 2)).toEqual({ copied: 3, present: 0 });
    expect(notesInCell(group, 'start:services').map(({ text, colour, kind }) => ({ text, colour, kind }))).toEqual([
      { text: 'Walk-in-ohjaus', colour: 'blue', kind: 'gap' },
      { text: 'Chat-palvelu', colour: 'yellow', kind: 'note' },
    ]);
    const copied = notesMap(group).get(copyNoteId(2, pairs));
    expect(readCopiedFrom(copied)).toEqual({
      note: pairs,
      text: 'Työparityö',
      cell: 'during:collaboration',
      colour: 'yellow',
      kind: 'note',
    });
    expect(copyNoteId(2, walkIn)).not.toEqual(copyNoteId(3, walkIn));
  });

  it('leaves out deleted notes and the hidden notes of a stack', () => {
    const { common, walkIn, chat, pairs } = table();
    stackNotes(common, walkIn, [chat]);
    deleteNote(common, pairs);
    const group = seededBoard();
    expect(copy(common, group, 1)).toEqual({ copied: 1, present: 0 });
    expect(readAllNotes(group).map((note) => note.text)).toEqual(['Walk-in-ohjaus']);
  });

  it('writes nothing again on a retry, and a copy the group deleted stays deleted', () => {
    const { common, chat } = table();
    const group = seededBoard();
    copy(common, group, 1);
    deleteNote(group, copyNoteId(1, chat));
    const before = Y.encodeStateAsUpdate(group);
    expect(copy(common, group, 1)).toEqual({ copied: 0, present: 3 });
    expect(Y.encodeStateAsUpdate(group)).toEqual(before);
    expect(notesInCell(group, 'start:services').map((note) => note.text)).toEqual(['Walk-in-ohjaus']);
  });

  it('gives one copy of each note when two facilitators copy at once', () => {
    const { common } = table();
    const first = seededBoard();
    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    copy(common, first, 1);
    copy(common, second, 1);
    exchange(first, second);
    expect(readAllNotes(first)).toHaveLength(3);
    expect(Y.encodeStateAsUpdate(first)).toEqual(Y.encodeStateAsUpdate(second));
  });

  it('is one transaction with its own origin', () => {
    const { common } = table();
    const group = seededBoard();
    const origins: unknown[] = [];
    group.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    copy(common, group, 1);
    expect(origins).toEqual([ORIGINS.copyTableToGroup]);
  });

  it('refuses a group out of range and the common board as a group board', () => {
    const { common } = table();
    expect(copyTableToGroup(common, seededBoard(), 0)).toEqual({ ok: false, error: 'group-out-of-range' });
    expect(copyTableToGroup(common, common, 1)).toEqual({ ok: false, error: 'duplicate-group' });
  });

  it('erases what a deleted copy kept of its original, with its text', () => {
    const { common, chat } = table();
    const group = seededBoard();
    copy(common, group, 1);
    deleteNote(group, copyNoteId(1, chat));
    expect(eraseDeletedNotes(group)).toBe(1);
    expect(readCopiedFrom(notesMap(group).get(copyNoteId(1, chat)))?.text).toBe('');
    // The text is ASCII: its bytes read as characters find it wherever the update still holds it.
    expect(String.fromCharCode(...Y.encodeStateAsUpdate(group))).not.toContain('Chat-palvelu');
  });
});
