import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { editNoteText } from '../operations/editNoteText.ts';
import { moveNote } from '../operations/moveNote.ts';
import { addNote, seededBoard } from '../testing/board.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import { addAgreement } from './addAgreement.ts';
import { closeRound } from './closeRound.ts';
import { compareWithRound } from './compareWithRound.ts';
import { MAX_ROUNDS, readRound, readRounds, roundsMap } from './round.ts';
import { updateAgreement } from './updateAgreement.ts';

function workshop(): Y.Doc {
  const doc = new Y.Doc();
  seedWorkshop(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  return doc;
}

function close(doc: Y.Doc, board: Y.Doc, name: string, date: string, at: number): string {
  const result = closeRound(doc, board, { name, date }, { random: seededRandom(at), now: () => at });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('rounds', () => {
  it('snapshots the visible notes and the agreements as they were', () => {
    const doc = workshop();
    const board = seededBoard();
    const kept = addNote(board, 'start:services', 'Matala kynnys', 1);
    const gone = addNote(board, 'start:services', 'Poistettu', 2);
    deleteNote(board, gone);
    const item = addAgreement(doc, 'decide-now', { text: 'Parityö' }, { random: seededRandom(3) });
    if (!item.ok) throw new Error(item.error);
    const id = close(doc, board, ' Ensimmäinen kehittämispäivä ', '2027-01-15', 1000);
    editNoteText(board, kept, 'Muutettu');
    updateAgreement(doc, item.value, { status: 'done' });
    const round = readRound(doc, id)!;
    expect(round).toMatchObject({ name: 'Ensimmäinen kehittämispäivä', date: '2027-01-15', closedAt: 1000 });
    expect(round.notes.map((note) => [note.id, note.text])).toEqual([[kept, 'Matala kynnys']]);
    expect(round.agreements.map((a) => [a.text, a.status])).toEqual([['Parityö', 'open']]);
    // It lives in the workshop document as a plain value, readable by another peer.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(readRounds(other)).toEqual([round]);
  });

  it('validates the name and date and bounds count and size', () => {
    const doc = workshop();
    const board = seededBoard();
    expect(closeRound(doc, board, { name: ' ', date: '2027-01-15' })).toEqual({ ok: false, error: 'empty-name' });
    expect(closeRound(doc, board, { name: 'x'.repeat(81), date: '2027-01-15' })).toEqual({
      ok: false,
      error: 'name-too-long',
    });
    expect(closeRound(doc, board, { name: 'Kevät', date: '15.1.2027' })).toEqual({ ok: false, error: 'invalid-date' });
    for (let i = 0; i < MAX_ROUNDS; i++) close(doc, board, `Kierros ${i}`, '2027-01-15', i + 1);
    expect(closeRound(doc, board, { name: 'Liikaa', date: '2027-01-15' })).toEqual({
      ok: false,
      error: 'too-many-rounds',
    });
    const crowded = seededBoard();
    for (let i = 0; i < 600; i++) addNote(crowded, 'during:services', 'x'.repeat(480), i + 10);
    expect(closeRound(workshop(), crowded, { name: 'Iso', date: '2027-01-15' })).toEqual({
      ok: false,
      error: 'round-too-large',
    });
  });

  it('reads a malformed round as none', () => {
    const doc = workshop();
    roundsMap(doc).set('bad', { name: 'x', date: 'eilen', closedAt: 1, notes: [], agreements: [] });
    expect(readRounds(doc)).toEqual([]);
  });
});

describe('comparison with a round', () => {
  it('lists what was added, removed, moved and edited since', () => {
    const doc = workshop();
    const board = seededBoard();
    const same = addNote(board, 'before:services', 'Some', 1);
    const moved = addNote(board, 'start:services', 'Ajanvaraus', 2);
    const edited = addNote(board, 'during:collaboration', 'Parityö', 3);
    const removed = addNote(board, 'ending:services', 'Jatkopolut', 4);
    const both = addNote(board, 'followup:services', 'Palaute', 5);
    const round = readRound(doc, close(doc, board, 'Kevät', '2027-01-15', 1))!;
    expect(compareWithRound(board, round)).toEqual({ added: [], removed: [], moved: [], edited: [] });

    const added = addNote(board, 'start:participation', 'Nuorten raati', 6);
    moveNote(board, moved, 'start:collaboration', 'end');
    editNoteText(board, edited, 'Parityö ja tiimityö');
    deleteNote(board, removed);
    moveNote(board, both, 'followup:participation', 'end');
    editNoteText(board, both, 'Palautekysely');
    const changes = compareWithRound(board, round);
    expect(changes.added.map((note) => note.id)).toEqual([added]);
    expect(changes.removed.map((note) => [note.id, note.text])).toEqual([[removed, 'Jatkopolut']]);
    const ids = (list: readonly { note: { id: NoteId } }[]) => list.map((entry) => entry.note.id).sort();
    expect(ids(changes.moved)).toEqual([moved, both].sort());
    expect(changes.moved.find((entry) => entry.note.id === moved)?.from).toBe('start:services');
    expect(ids(changes.edited)).toEqual([edited, both].sort());
    expect(changes.edited.find((entry) => entry.note.id === edited)?.before).toBe('Parityö');
    expect([...changes.moved, ...changes.edited].some((entry) => entry.note.id === same)).toBe(false);
  });
});
