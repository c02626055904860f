import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteNote } from '../operations/deleteNote.ts';
import { editNoteText } from '../operations/editNoteText.ts';
import { notesMap } from '../schema.ts';
import { addNote, seededBoard, sentBy } from '../testing/board.ts';
import { decodeUpdate } from '../yjsInternals.ts';
import { copyNoteId, copyTableToGroup } from './copyTable.ts';
import { writesCopiedFrom } from './copyWrites.ts';

/** A group board holding the copy of one common note, as the server has it. */
function groupBoard() {
  const common = seededBoard();
  const original = addNote(common, 'start:services', 'Walk-in-ohjaus', 1);
  const group = seededBoard();
  copyTableToGroup(common, group, 1);
  return { group, copy: copyNoteId(1, original) };
}

const writes = (doc: Y.Doc, change: (client: Y.Doc) => void) =>
  writesCopiedFrom(doc, decodeUpdate(sentBy(doc, change)));

describe('writesCopiedFrom', () => {
  it('finds a copiedFrom written on a new note, on an existing note, and over an existing one', () => {
    const { group, copy } = groupBoard();
    const snapshot = notesMap(group).get(copy)?.get('copiedFrom');
    expect(
      writes(group, (client) => {
        const id = addNote(client, 'start:services', 'Oma lappu', 9);
        notesMap(client).get(id)?.set('copiedFrom', snapshot);
      }),
    ).toBe(true);
    expect(writes(group, (client) => notesMap(client).get(copy)?.set('copiedFrom', snapshot))).toBe(true);
    expect(
      writes(group, (client) => {
        notesMap(client).get(copy)?.set('copiedFrom', snapshot);
        notesMap(client).get(copy)?.set('copiedFrom', snapshot);
      }),
    ).toBe(true);
  });

  it('lets everything a group does with its copies through: edit, delete, new notes, removing the mark', () => {
    const { group, copy } = groupBoard();
    expect(writes(group, (client) => editNoteText(client, copy, 'Walk-in-ohjaus iltaisin'))).toBe(false);
    expect(writes(group, (client) => deleteNote(client, copy))).toBe(false);
    expect(writes(group, (client) => addNote(client, 'start:services', 'Oma lappu', 9))).toBe(false);
    expect(writes(group, (client) => notesMap(client).get(copy)?.delete('copiedFrom'))).toBe(false);
  });

  it('is the copy itself when a client sends the facilitator’s copies again', () => {
    const common = seededBoard();
    addNote(common, 'start:services', 'Walk-in-ohjaus', 1);
    const group = seededBoard();
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(group));
    copyTableToGroup(common, group, 1);
    const copies = Y.encodeStateAsUpdate(group, Y.encodeStateVector(server));
    expect(writesCopiedFrom(server, decodeUpdate(copies))).toBe(true);
    Y.applyUpdate(server, copies);
    expect(writesCopiedFrom(server, decodeUpdate(copies))).toBe(false);
  });
});
