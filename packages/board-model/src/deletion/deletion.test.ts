import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { eraseDeletedNotes } from '../operations/eraseDeletedNotes.ts';
import { restoreNote } from '../operations/restoreNote.ts';
import { notesMap, readNote } from '../schema.ts';
import { addNote, seededBoard } from '../testing/board.ts';
import {
  DELETED_NOTE_GRACE_MS,
  mayDeleteNote,
  readCommonTableAnyoneDeletes,
  setCommonTableAnyoneDeletes,
} from './deleteRights.ts';
import { recentlyDeleted } from './recentlyDeleted.ts';

const ANNA = 'anna00000001' as PersonId;
const PEKKA = 'pekka0000001' as PersonId;
const DAY_MS = 24 * 60 * 60 * 1000;

describe('deleting and the grace period', () => {
  it('dates a delete, and a restore clears the date', () => {
    const doc = seededBoard();
    const id = addNote(doc, 'start:services', 'Ohjaus', 1);
    deleteNote(doc, id, { now: () => 1000 });
    expect(readNote(doc, id)).toMatchObject({ deleted: true, deletedAt: 1000 });
    restoreNote(doc, id);
    expect(readNote(doc, id)?.deletedAt).toBeUndefined();
    expect(notesMap(doc).get(id)?.has('deletedAt')).toBe(false);
  });

  it('erases with a grace period only what was deleted long enough ago', () => {
    const doc = seededBoard();
    const old = addNote(doc, 'start:services', 'Vanha', 1);
    const recent = addNote(doc, 'start:services', 'Tuore', 2);
    deleteNote(doc, old, { now: () => 0 });
    deleteNote(doc, recent, { now: () => 6 * DAY_MS });
    expect(eraseDeletedNotes(doc, { now: 7 * DAY_MS, graceMs: DELETED_NOTE_GRACE_MS })).toBe(1);
    expect(readNote(doc, old)?.text).toBe('');
    expect(readNote(doc, recent)?.text).toBe('Tuore');
    // Without a grace period (the facilitator's "Erase now") everything deleted goes.
    expect(eraseDeletedNotes(doc)).toBe(1);
    expect(readNote(doc, recent)?.text).toBe('');
  });

  it('dates an undated delete (an older client) now, so it gets the whole grace period', () => {
    const doc = seededBoard();
    const id = addNote(doc, 'start:services', 'Vanhalta asiakasohjelmalta', 1);
    notesMap(doc).get(id)?.set('deleted', true);
    expect(eraseDeletedNotes(doc, { now: 5 * DAY_MS, graceMs: DELETED_NOTE_GRACE_MS })).toBe(0);
    expect(readNote(doc, id)).toMatchObject({ text: 'Vanhalta asiakasohjelmalta', deletedAt: 5 * DAY_MS });
    expect(eraseDeletedNotes(doc, { now: 12 * DAY_MS, graceMs: DELETED_NOTE_GRACE_MS })).toBe(1);
  });

  it('lists the restorable deleted notes, newest delete first, erased ones left out', () => {
    const doc = seededBoard();
    const first = addNote(doc, 'start:services', 'Ensin', 1);
    const second = addNote(doc, 'ending:services', 'Sitten', 2);
    const erased = addNote(doc, 'ending:services', 'Pyyhitty', 3);
    addNote(doc, 'ending:services', 'Elossa', 4);
    deleteNote(doc, erased, { now: () => 0 });
    eraseDeletedNotes(doc);
    deleteNote(doc, first, { now: () => 10 });
    deleteNote(doc, second, { now: () => 20 });
    expect(recentlyDeleted(doc).map((note) => note.text)).toEqual(['Sitten', 'Ensin']);
  });
});

describe('who may delete', () => {
  it('on the common table: own notes, everything once the facilitator allows it; groups and the facilitator: all', () => {
    const workshop = new Y.Doc();
    const annas = { createdBy: ANNA };
    const merged = {};
    const participant = (anyoneDeletes: boolean) => ({ role: 'participant' as const, person: ANNA, anyoneDeletes });
    expect(readCommonTableAnyoneDeletes(workshop)).toBe(false);
    expect(mayDeleteNote(annas, 'plenary', participant(false))).toBe(true);
    expect(mayDeleteNote({ createdBy: PEKKA }, 'plenary', participant(false))).toBe(false);
    expect(mayDeleteNote(merged, 'plenary', participant(false))).toBe(false);
    expect(mayDeleteNote(merged, 'group', participant(false))).toBe(true);
    expect(mayDeleteNote(merged, 'plenary', { role: 'facilitator' })).toBe(true);
    setCommonTableAnyoneDeletes(workshop, true);
    expect(mayDeleteNote(merged, 'plenary', participant(readCommonTableAnyoneDeletes(workshop)))).toBe(true);
  });
});
