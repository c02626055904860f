import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import type { NoteId } from '../ids.ts';
import { createNote } from '../operations/createNote.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { editNoteText } from '../operations/editNoteText.ts';
import { moveNote } from '../operations/moveNote.ts';
import { restoreNote } from '../operations/restoreNote.ts';
import { notesMap, readNote } from '../schema.ts';
import { addNote, seededBoard, sentBy } from '../testing/board.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { checkBoardWrites } from './boardWrites.ts';

const ANNA = 'anna00000001' as PersonId;
const PEKKA = 'pekka0000001' as PersonId;
const refused = (reason: string) => ({ allowed: false, reason });

/** The server's common table: Anna's note, Pekka's note, a merged note of nobody's. */
function table() {
  const server = seededBoard();
  const annas = addNote(server, 'start:services', { text: 'Matala kynnys', createdBy: ANNA }, 1);
  const pekkas = addNote(server, 'start:services', { text: 'Parityö', createdBy: PEKKA }, 2);
  const merged = addNote(server, 'during:services', 'Ryhmästä', 3);
  return { server, annas, pekkas, merged };
}

describe('checkBoardWrites', () => {
  it('lets a participant delete and restore their own notes', () => {
    const { server, annas } = table();
    expect(
      checkBoardWrites(
        server,
        sentBy(server, (c) => deleteNote(c, annas)),
        ANNA,
        false,
      ),
    ).toEqual({ allowed: true });
    deleteNote(server, annas);
    expect(
      checkBoardWrites(
        server,
        sentBy(server, (c) => restoreNote(c, annas)),
        PEKKA,
        false,
      ),
    ).toEqual({
      allowed: true,
    });
  });

  it("refuses deleting another's note or a merged one, unless the facilitator lets everyone", () => {
    const { server, pekkas, merged } = table();
    const deletesPekkas = sentBy(server, (c) => deleteNote(c, pekkas));
    const deletesMerged = sentBy(server, (c) => deleteNote(c, merged));
    expect(checkBoardWrites(server, deletesPekkas, ANNA, false)).toEqual(refused('foreign-delete'));
    expect(checkBoardWrites(server, deletesMerged, ANNA, false)).toEqual(refused('foreign-delete'));
    expect(checkBoardWrites(server, deletesPekkas, undefined, false)).toEqual(refused('foreign-delete'));
    expect(checkBoardWrites(server, deletesPekkas, ANNA, true)).toEqual({ allowed: true });
  });

  it("refuses a raw write of deleted: true onto another's note", () => {
    const { server, pekkas } = table();
    const raw = sentBy(server, (c) => notesMap(c).get(pekkas)?.set('deleted', true));
    expect(checkBoardWrites(server, raw, ANNA, false)).toEqual(refused('foreign-delete'));
  });

  it('lets ordinary edits of anyone’s note through', () => {
    const { server, pekkas } = table();
    const edits = sentBy(server, (c) => {
      editNoteText(c, pekkas, 'Parityö ja tiimityö');
      moveNote(c, pekkas, 'ending:services', 'end');
    });
    expect(checkBoardWrites(server, edits, ANNA, false)).toEqual({ allowed: true });
  });

  it('accepts a new note written as oneself, and refuses one written as someone else', () => {
    const { server } = table();
    const create = (createdBy: PersonId) =>
      sentBy(server, (c) =>
        createNote(c, 'ending:collaboration', { text: 'Uusi', createdBy }, { random: seededRandom(9) }),
      );
    expect(checkBoardWrites(server, create(ANNA), ANNA, false)).toEqual({ allowed: true });
    expect(checkBoardWrites(server, create(PEKKA), ANNA, false)).toEqual(refused('foreign-author'));
  });

  it('lets a new own note be deleted in the same update, not a new note of nobody', () => {
    const { server } = table();
    const createAndDelete = (createdBy: PersonId | undefined) =>
      sentBy(server, (c) => {
        const created = createNote(c, 'ending:collaboration', { text: 'Hups', ...(createdBy ? { createdBy } : {}) });
        if (created.ok) deleteNote(c, created.value);
      });
    expect(checkBoardWrites(server, createAndDelete(ANNA), ANNA, false)).toEqual({ allowed: true });
    expect(checkBoardWrites(server, createAndDelete(undefined), ANNA, false)).toEqual(refused('foreign-delete'));
  });

  it("refuses taking over an existing note's authorship", () => {
    const { server, pekkas, merged } = table();
    for (const id of [pekkas, merged]) {
      const claim = sentBy(server, (c) => notesMap(c).get(id)?.set('createdBy', ANNA));
      expect(checkBoardWrites(server, claim, ANNA, false)).toEqual(refused('foreign-author'));
    }
  });

  it('refuses removing or replacing a note entry', () => {
    const { server, pekkas } = table();
    const removes = sentBy(server, (c) => notesMap(c).delete(pekkas));
    expect(checkBoardWrites(server, removes, ANNA, true)).toEqual(refused('note-removal'));
    const replaces = sentBy(server, (c) => notesMap(c).set(pekkas, new Y.Map<unknown>()));
    expect(checkBoardWrites(server, replaces, ANNA, true)).toEqual(refused('note-removal'));
  });

  it("lets a participant's Undo and Redo of their own new note through", () => {
    const { server } = table();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const undo = new Y.UndoManager(notesMap(client));
    const sync = () => {
      const update = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
      const verdict = checkBoardWrites(server, update, ANNA, false);
      if (verdict.allowed) Y.applyUpdate(server, update);
      return verdict;
    };
    const id = createNote(client, 'ending:collaboration', { text: 'Oma', createdBy: ANNA });
    expect(sync()).toEqual({ allowed: true });
    undo.undo();
    expect(sync()).toEqual({ allowed: true });
    undo.redo();
    expect(sync()).toEqual({ allowed: true });
    expect(id.ok && readNote(server, id.value)?.text).toBe('Oma');
  });

  it('refuses an update that deletes ids nobody has', () => {
    const { server, annas } = table();
    const ahead = new Y.Doc();
    Y.applyUpdate(ahead, Y.encodeStateAsUpdate(server));
    editNoteText(ahead, annas, 'Välissä');
    const before = Y.encodeStateVector(ahead);
    editNoteText(ahead, annas, 'Matala');
    const onlyTheLater = Y.encodeStateAsUpdate(ahead, before);
    const gap = Y.decodeUpdate(onlyTheLater);
    // The later change alone deletes what the unsent one inserted: unknown to the server.
    expect(gap.ds.clients.size).toBeGreaterThan(0);
    expect(checkBoardWrites(server, onlyTheLater, ANNA, false)).toEqual(refused('unresolved'));
  });

  it('skips what the server already has, so a full resync of an honest client passes', () => {
    const { server, pekkas } = table();
    deleteNote(server, pekkas);
    const all = Y.encodeStateAsUpdate(server);
    expect(checkBoardWrites(server, all, ANNA, false)).toEqual({ allowed: true });
    expect(readAfter(server, all, pekkas)).toBe(true);
  });
});

function readAfter(server: Y.Doc, update: Uint8Array, id: NoteId): unknown {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
  Y.applyUpdate(copy, update);
  return notesMap(copy).get(id)?.get('deleted');
}
