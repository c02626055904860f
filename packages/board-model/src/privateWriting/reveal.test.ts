import type { PersonId } from '@avaa/protocol';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote } from '../operations/createNote.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { readAllNotes } from '../schema.ts';
import { publishPrivateCount, readPrivateCounts, unrevealedNotes } from './counts.ts';
import { type PrivateBoard, revealedNoteId, revealPrivateNotes } from './reveal.ts';
import { isRevealed, markRevealed } from './revealed.ts';
import { readPrivateWriting, setPrivateWriting } from './settings.ts';

const aino = 'aino' as PersonId;
const bror = 'bror' as PersonId;

function privateBoard(person: PersonId, texts: readonly string[]): PrivateBoard {
  const doc = new Y.Doc();
  for (const text of texts) {
    const made = createNote(doc, 'start:services', { text, createdBy: bror });
    if (!made.ok) throw new Error(made.error);
  }
  return { room: `k3m9x2p7qa/private/plenary/${person}`, person, doc };
}

function texts(board: Y.Doc): string[] {
  return readAllNotes(board)
    .map((note) => note.text)
    .sort();
}

describe('revealing private notes', () => {
  it('brings every live unrevealed note once, authored by the room, not by what the note claims', () => {
    const board = new Y.Doc();
    const ainos = privateBoard(aino, ['Matala kynnys', 'Walk-in']);
    const brors = privateBoard(bror, ['Parityö']);
    const summary = revealPrivateNotes(board, [ainos, brors], { anonymous: false });
    expect(summary.added).toBe(3);
    expect(texts(board)).toEqual(['Matala kynnys', 'Parityö', 'Walk-in']);
    const authors = readAllNotes(board).map((note) => note.createdBy);
    expect(authors.filter((author) => author === aino)).toHaveLength(2);
    const [first] = unrevealedNotes(ainos.doc);
    expect(readAllNotes(board).some((note) => note.id === revealedNoteId(ainos.room, first!.id))).toBe(true);

    // Again, before or after the marks: nothing twice.
    expect(revealPrivateNotes(board, [ainos, brors], { anonymous: false }).added).toBe(0);
    for (const one of [ainos, brors]) markRevealed(one.doc, summary.revealed.get(one.room) ?? []);
    expect(unrevealedNotes(ainos.doc)).toEqual([]);
    // The board's copy is the note now: nothing of it stays in the private document.
    expect(readAllNotes(ainos.doc).map((note) => note.text)).toEqual(['', '']);
    expect(revealPrivateNotes(board, [ainos, brors], { anonymous: false }).added).toBe(0);
    expect(readAllNotes(board)).toHaveLength(3);
  });

  it('writes no author when anonymous, skips deleted notes and keeps later notes for the next reveal', () => {
    const board = new Y.Doc();
    const ainos = privateBoard(aino, ['Ohjaus', 'Poistettu']);
    const gone = unrevealedNotes(ainos.doc).find((note) => note.text === 'Poistettu');
    deleteNote(ainos.doc, gone!.id);
    const first = revealPrivateNotes(board, [ainos], { anonymous: true });
    markRevealed(ainos.doc, first.revealed.get(ainos.room) ?? []);
    expect(readAllNotes(board).map((note) => [note.text, note.createdBy])).toEqual([['Ohjaus', undefined]]);
    createNote(ainos.doc, 'ending:services', { text: 'Jatkopolku' });
    expect(unrevealedNotes(ainos.doc).map((note) => note.text)).toEqual(['Jatkopolku']);
    expect(revealPrivateNotes(board, [ainos], { anonymous: true }).added).toBe(1);
    expect(texts(board)).toEqual(['Jatkopolku', 'Ohjaus']);
    expect(isRevealed(ainos.doc, gone!.id)).toBe(false);
  });

  it('converges when two reveals run at once on two copies of the board', () => {
    const left = new Y.Doc();
    const right = new Y.Doc();
    const ainos = privateBoard(aino, ['Yksi', 'Kaksi']);
    revealPrivateNotes(left, [ainos], { anonymous: false });
    revealPrivateNotes(right, [ainos], { anonymous: false });
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right));
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    expect(texts(left)).toEqual(['Kaksi', 'Yksi']);
    expect(texts(right)).toEqual(texts(left));
  });
});

describe('private writing settings and counts', () => {
  it('turns a scope on and off and reads it per board', () => {
    const workshop = new Y.Doc();
    setPrivateWriting(workshop, 'groups', { anonymous: true });
    expect(readPrivateWriting(workshop, { kind: 'group', group: 2 })).toEqual({ anonymous: true });
    expect(readPrivateWriting(workshop, { kind: 'plenary' })).toBeUndefined();
    setPrivateWriting(workshop, 'groups', null);
    expect(readPrivateWriting(workshop, { kind: 'group', group: 2 })).toBeUndefined();
  });

  it('publishes counts per board and person, dropping zeros', () => {
    const workshop = new Y.Doc();
    expect(publishPrivateCount(workshop, { kind: 'plenary' }, aino, 4)).toBe(true);
    expect(publishPrivateCount(workshop, { kind: 'plenary' }, aino, 4)).toBe(false);
    publishPrivateCount(workshop, { kind: 'group', group: 1 }, bror, 2);
    expect(readPrivateCounts(workshop, { kind: 'plenary' })).toEqual([{ person: aino, count: 4 }]);
    publishPrivateCount(workshop, { kind: 'plenary' }, aino, 0);
    expect(readPrivateCounts(workshop, { kind: 'plenary' })).toEqual([]);
  });
});
