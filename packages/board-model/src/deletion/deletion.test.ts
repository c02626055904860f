import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { editNoteText } from '../operations/editNoteText.ts';
import { eraseDeletedNotes } from '../operations/eraseDeletedNotes.ts';
import { restoreNote } from '../operations/restoreNote.ts';
import { deletionsMap, notesMap, readNote } from '../schema.ts';
import { addNote, seededBoard } from '../testing/board.ts';
import {
  DELETED_NOTE_GRACE_MS,
  mayDeleteNote,
  readCommonTableAnyoneDeletes,
  setCommonTableAnyoneDeletes,
} from './deleteRights.ts';
import { notesChangedBy, recordDeletionTimes } from './deletionTimes.ts';
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

  it('erases with a grace period only what the server saw deleted long enough ago', () => {
    const doc = seededBoard();
    const old = addNote(doc, 'start:services', 'Vanha', 1);
    const recent = addNote(doc, 'start:services', 'Tuore', 2);
    deleteNote(doc, old, { now: () => 0 });
    recordDeletionTimes(doc, [old], 0);
    deleteNote(doc, recent, { now: () => 6 * DAY_MS });
    recordDeletionTimes(doc, [recent], 6 * DAY_MS);
    expect(eraseDeletedNotes(doc, { now: 7 * DAY_MS, graceMs: DELETED_NOTE_GRACE_MS })).toBe(1);
    expect(readNote(doc, old)?.text).toBe('');
    expect(readNote(doc, recent)?.text).toBe('Tuore');
    // Without a grace period (the facilitator's "Erase now") everything deleted goes.
    expect(eraseDeletedNotes(doc)).toBe(1);
    expect(readNote(doc, recent)?.text).toBe('');
  });

  it("counts the grace from the server's time, never the deleter's claimed deletedAt", () => {
    const doc = seededBoard();
    const backdated = addNote(doc, 'start:services', 'Taannehtiva', 1);
    const forever = addNote(doc, 'start:services', 'Ikuinen', 2);
    deleteNote(doc, backdated, { now: () => -30 * DAY_MS });
    deleteNote(doc, forever, { now: () => 1e15 });
    recordDeletionTimes(doc, [backdated, forever], DAY_MS);
    expect(readNote(doc, backdated)?.deletedAt).toBe(DAY_MS);
    expect(eraseDeletedNotes(doc, { now: 2 * DAY_MS, graceMs: DELETED_NOTE_GRACE_MS })).toBe(0);
    expect(eraseDeletedNotes(doc, { now: 8 * DAY_MS, graceMs: DELETED_NOTE_GRACE_MS })).toBe(2);
  });

  it('forgets the time on a restore, so a later delete is dated afresh', () => {
    const doc = seededBoard();
    const id = addNote(doc, 'start:services', 'Palautettu', 1);
    deleteNote(doc, id);
    recordDeletionTimes(doc, [id], 0);
    restoreNote(doc, id);
    expect(recordDeletionTimes(doc, [id], DAY_MS)).toBe(1);
    deleteNote(doc, id);
    expect(recordDeletionTimes(doc, [id], 5 * DAY_MS)).toBe(1);
    expect(recordDeletionTimes(doc, [id], 6 * DAY_MS)).toBe(0);
    expect(readNote(doc, id)?.deletedAt).toBe(5 * DAY_MS);
  });

  it("sets every note's time right when asked for all: a restored note's stale time goes, an undated delete is dated", () => {
    const doc = seededBoard();
    const restored = addNote(doc, 'start:services', 'Palautettu toisella palvelimella', 1);
    const undated = addNote(doc, 'start:services', 'Päiväämätön', 2);
    // A time that arrived after a restore on another node crossed it.
    deletionsMap(doc).set(restored, 0);
    notesMap(doc).get(undated)?.set('deleted', true);
    expect(recordDeletionTimes(doc, notesMap(doc).keys(), 3 * DAY_MS)).toBe(2);
    expect(deletionsMap(doc).toJSON()).toEqual({ [undated]: 3 * DAY_MS });
  });

  it('finds the notes a change touched, by their entry or by what is inside one', () => {
    const doc = seededBoard();
    const edited = addNote(doc, 'start:services', 'Muokattu', 1);
    const deleted = addNote(doc, 'start:services', 'Poistettu', 2);
    const seen: Set<string>[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => seen.push(notesChangedBy(transaction)));
    editNoteText(doc, edited, 'Muokattu taas');
    deleteNote(doc, deleted);
    const created = addNote(doc, 'ending:services', 'Uusi', 3);
    expect(seen).toEqual([new Set([edited]), new Set([deleted]), new Set([created])]);
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
