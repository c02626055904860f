import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { createNote } from '../operations/createNote.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { editNoteText } from '../operations/editNoteText.ts';
import { moveNote } from '../operations/moveNote.ts';
import { setNoteColour } from '../operations/setNoteColour.ts';
import { addNote, seededBoard, sentBy } from '../testing/board.ts';
import { addPerson } from '../workshop/operations/addPerson.ts';
import { removePerson } from '../workshop/operations/removePerson.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import { readBoardMode, setBoardMode } from './boardMode.ts';
import { checkBoardModeWrites, mayChangeNoteInMode } from './boardModeWrites.ts';
import { effectiveRole, isCoFacilitator, setCoFacilitator } from './coFacilitators.ts';

const ANNA = 'anna00000001' as PersonId;
const PEKKA = 'pekka0000001' as PersonId;
const PLENARY = { kind: 'plenary' } as const;
const GROUP_2 = { kind: 'group', group: 2 } as const;

function workshop(): Y.Doc {
  const doc = new Y.Doc();
  seedWorkshop(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  return doc;
}

function board() {
  const doc = seededBoard();
  const annas = addNote(doc, 'start:services', { text: 'Matala kynnys', createdBy: ANNA }, 1);
  const pekkas = addNote(doc, 'start:services', { text: 'Parityö', createdBy: PEKKA }, 2);
  return { doc, annas, pekkas };
}

describe('board modes', () => {
  it('are set per board, open when unset, and unknown words read as open', () => {
    const doc = workshop();
    expect(readBoardMode(doc, PLENARY)).toBe('open');
    expect(setBoardMode(doc, GROUP_2, 'locked').ok).toBe(true);
    expect(readBoardMode(doc, GROUP_2)).toBe('locked');
    expect(readBoardMode(doc, PLENARY)).toBe('open');
    expect(setBoardMode(doc, PLENARY, 'shouting' as 'open')).toEqual({ ok: false, error: 'unknown-board-mode' });
    doc.getMap('boardModes').set('plenary', 'shouting');
    expect(readBoardMode(doc, PLENARY)).toBe('open');
  });

  it('locked refuses every change of a participant, open refuses none', () => {
    const ws = workshop();
    const { doc, annas } = board();
    const adds = sentBy(doc, (c) => createNote(c, 'start:services', { text: 'Uusi', createdBy: ANNA }));
    const edits = sentBy(doc, (c) => editNoteText(c, annas, 'Matalan kynnyksen'));
    expect(checkBoardModeWrites(ws, PLENARY, doc, adds, ANNA)).toBeUndefined();
    setBoardMode(ws, PLENARY, 'locked');
    expect(checkBoardModeWrites(ws, PLENARY, doc, adds, ANNA)).toBe('board-locked');
    expect(checkBoardModeWrites(ws, PLENARY, doc, edits, ANNA)).toBe('board-locked');
    expect(checkBoardModeWrites(ws, GROUP_2, doc, edits, ANNA)).toBeUndefined();
    // A client's sync answer with nothing new is no write: its socket stays one that is acknowledged.
    expect(checkBoardModeWrites(ws, PLENARY, doc, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)), ANNA)).toBe(
      undefined,
    );
  });

  it('own notes only: adding and changing one’s own notes go, any change to another’s is refused', () => {
    const ws = workshop();
    setBoardMode(ws, GROUP_2, 'own-notes');
    const { doc, annas, pekkas } = board();
    const check = (change: (client: Y.Doc) => void) =>
      checkBoardModeWrites(ws, GROUP_2, doc, sentBy(doc, change), ANNA);
    expect(check((c) => createNote(c, 'start:services', { text: 'Uusi', createdBy: ANNA }))).toBeUndefined();
    expect(check((c) => editNoteText(c, annas, 'Matalan kynnyksen palvelu'))).toBeUndefined();
    expect(check((c) => moveNote(c, annas, 'during:services', 'end'))).toBeUndefined();
    expect(check((c) => deleteNote(c, annas))).toBeUndefined();
    expect(check((c) => editNoteText(c, pekkas, 'Parityö ja tiimityö'))).toBe('foreign-note');
    expect(check((c) => editNoteText(c, pekkas, 'Pari'))).toBe('foreign-note');
    expect(check((c) => moveNote(c, pekkas, 'during:services', 'end'))).toBe('foreign-note');
    expect(check((c) => setNoteColour(c, pekkas, 'blue'))).toBe('foreign-note');
    expect(check((c) => deleteNote(c, pekkas))).toBe('foreign-note');
    expect(check((c) => c.getMap('notes').delete(pekkas))).toBe('foreign-note');
    expect(
      checkBoardModeWrites(
        ws,
        GROUP_2,
        doc,
        sentBy(doc, (c) => deleteNote(c, annas)),
        undefined,
      ),
    ).toBe('foreign-note');
  });

  it('the UI reads the same rule per note', () => {
    expect(mayChangeNoteInMode('open', PEKKA, ANNA)).toBe(true);
    expect(mayChangeNoteInMode('own-notes', ANNA, ANNA)).toBe(true);
    expect(mayChangeNoteInMode('own-notes', PEKKA, ANNA)).toBe(false);
    expect(mayChangeNoteInMode('own-notes', undefined, null)).toBe(false);
    expect(mayChangeNoteInMode('locked', ANNA, ANNA)).toBe(false);
  });
});

describe('co-facilitators', () => {
  it('a participant made co-facilitator has the facilitator’s role until revoked or removed', () => {
    const doc = workshop();
    const joined = addPerson(doc, { name: 'Aino', role: 'core-staff' });
    if (!joined.ok) throw new Error(joined.error);
    const aino = joined.value;
    expect(effectiveRole('participant', aino, doc)).toBe('participant');
    expect(setCoFacilitator(doc, aino, true).ok).toBe(true);
    expect(isCoFacilitator(doc, aino)).toBe(true);
    expect(effectiveRole('participant', aino, doc)).toBe('facilitator');
    expect(effectiveRole('viewer', aino, doc)).toBe('viewer');
    expect(effectiveRole('participant', undefined, doc)).toBe('participant');
    expect(setCoFacilitator(doc, aino, false).ok).toBe(true);
    expect(effectiveRole('participant', aino, doc)).toBe('participant');
    setCoFacilitator(doc, aino, true);
    removePerson(doc, aino);
    expect(effectiveRole('participant', aino, doc)).toBe('participant');
    expect(setCoFacilitator(doc, ANNA, true)).toEqual({ ok: false, error: 'unknown-person' });
  });
});
