import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkImageWrites } from '../images/imageWrites.ts';
import { asNoteImage, recordStoredImage } from '../images/noteImage.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { ORIGINS } from '../origins.ts';
import { notesByCell, notesInCell, notesMap, readAllNotes, readNote } from '../schema.ts';
import { addNote, seededBoard } from '../testing/board.ts';
import { boardSnapshot } from '../testing/compare.ts';
import { TestNetwork } from '../testing/network.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { decodeUpdate } from '../yjsInternals.ts';
import { type AcceptedPhotoNote, addPhotoNotes, photoNoteId } from './addPhotoNotes.ts';

const PHOTO = 'c'.repeat(64);
const crop = (n: number) => n.toString(16).padStart(64, '0') as never;

/** The paper notes of one photo, each with its crop. */
const notes: AcceptedPhotoNote[] = [
  { key: `${PHOTO}:0`, cell: 'start:services', colour: 'pink', text: 'Walk-in-palvelu', crop: crop(1) },
  { key: `${PHOTO}:1`, cell: 'start:services', colour: 'yellow', text: 'Ajanvaraus', crop: crop(2) },
  { key: `${PHOTO}:2`, cell: 'ending:collaboration', colour: 'blue', text: '', crop: crop(3) },
];

/** A board whose `images` lists the crops, as the server's photo answer leaves it. */
function boardWithCrops(): Y.Doc {
  const doc = seededBoard();
  for (const n of [1, 2, 3]) recordStoredImage(doc, crop(n), { type: 'image/jpeg', width: 8, height: 8, storedAt: 1 });
  return doc;
}

const options = { at: 1_765_000_000_000, person: 'p1' as never, random: seededRandom(3), now: () => 5 };

describe('addPhotoNotes', () => {
  it('appends each note at the end of its cell with its crop and where it came from', () => {
    const doc = boardWithCrops();
    addNote(doc, 'start:services', 'Chat');
    const summary = addPhotoNotes(doc, notes, options);
    expect(summary).toEqual({ added: notes.map((note) => photoNoteId(note.key)), skipped: 0, invalid: 0 });
    expect(notesInCell(doc, 'start:services').map((note) => note.text)).toEqual([
      'Chat',
      'Walk-in-palvelu',
      'Ajanvaraus',
    ]);
    const last = readNote(doc, photoNoteId(notes[2]!.key));
    expect(last).toMatchObject({ cell: 'ending:collaboration', colour: 'blue', text: '', createdBy: 'p1' });
    expect(last?.image).toEqual({ id: crop(3), source: { kind: 'photo', at: options.at, key: `${PHOTO}:2` } });
  });

  it('is one step of the board undo, which takes every note back', () => {
    const doc = boardWithCrops();
    const undo = new Y.UndoManager(notesMap(doc), { trackedOrigins: new Set([null, ORIGINS.addPhotoNotes]) });
    addNote(doc, 'before:services', 'Somekanava');
    undo.stopCapturing();
    addPhotoNotes(doc, notes, options);
    expect(readAllNotes(doc)).toHaveLength(4);
    undo.undo();
    expect(readAllNotes(doc).map((note) => note.text)).toEqual(['Somekanava']);
  });

  it('adds nothing twice: a note on the board, live or deleted, is skipped', () => {
    const doc = boardWithCrops();
    addPhotoNotes(doc, notes.slice(0, 2), options);
    deleteNote(doc, photoNoteId(notes[0]!.key));
    const again = addPhotoNotes(doc, [...notes, notes[2]!], options);
    expect(again).toEqual({ added: [photoNoteId(notes[2]!.key)], skipped: 2 + 1, invalid: 0 });
    expect(readNote(doc, photoNoteId(notes[0]!.key))?.deleted).toBe(true);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    expect(addPhotoNotes(doc, notes, options)).toEqual({ added: [], skipped: 3, invalid: 0 });
    expect(updates).toEqual([]);
  });

  it('leaves off a crop the board does not list, and refuses a note with neither text nor image', () => {
    const doc = seededBoard();
    const summary = addPhotoNotes(doc, notes, options);
    expect(summary.added).toHaveLength(2);
    expect(summary.invalid).toBe(1);
    expect(readAllNotes(doc).every((note) => note.image === undefined)).toBe(true);
  });

  it('refuses an unknown cell or colour, a malformed key and a text breaking the rules', () => {
    const doc = boardWithCrops();
    const bad: AcceptedPhotoNote[] = [
      { ...notes[0]!, cell: 'nowhere:services' as never },
      { ...notes[0]!, key: `${PHOTO}:1`, colour: 'black' as never },
      { ...notes[0]!, key: 'not-a-key' },
      { ...notes[0]!, key: `${PHOTO}:9`, text: 'x'.repeat(501) },
    ];
    expect(addPhotoNotes(doc, bad, options)).toEqual({ added: [], skipped: 0, invalid: 4 });
  });

  it('writes only what the server passes: images it lists, nothing else under `image`', () => {
    const server = boardWithCrops();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateVector(client);
    addPhotoNotes(client, notes, options);
    const update = decodeUpdate(Y.encodeStateAsUpdate(client, before));
    expect(checkImageWrites(server, update)).toBeUndefined();
  });

  it('lands each note once when several people add the same photo at the same time', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = seededRandom(seed);
      const network = new TestNetwork(4, random, Y.encodeStateAsUpdate(boardWithCrops()), seededRandom(seed + 100));
      for (const peer of network.peers.slice(0, 3)) {
        addPhotoNotes(peer.doc, notes, { ...options, random, person: `p${peer.id}` as never });
        network.deliverOne();
      }
      network.settle();
      const [first, ...others] = network.peers.map((peer) => boardSnapshot(peer.doc));
      for (const other of others) expect(other).toEqual(first);
      const cells = notesByCell(network.peers[3]!.doc);
      expect(cells.get('start:services')?.map((note) => note.text)).toEqual(['Walk-in-palvelu', 'Ajanvaraus']);
      expect(cells.get('ending:collaboration')).toHaveLength(1);
    }
  });
});

describe('a photo crop as a note image', () => {
  it('names its paper note; older values without it still read', () => {
    const id = crop(1);
    expect(asNoteImage({ id, source: { kind: 'photo', at: 1, key: `${PHOTO}:4` } })?.source?.key).toBe(`${PHOTO}:4`);
    expect(asNoteImage({ id, source: { kind: 'photo', at: 1 } })).toEqual({ id, source: { kind: 'photo', at: 1 } });
    expect(asNoteImage({ id, source: { kind: 'upload', at: 1, key: `${PHOTO}:4` } })).toBeUndefined();
    expect(asNoteImage({ id, source: { kind: 'photo', at: 1, key: 'photo:4' } })).toBeUndefined();
  });
});
