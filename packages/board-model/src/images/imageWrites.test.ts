import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote } from '../operations/createNote.ts';
import { notesMap } from '../schema.ts';
import { decodeUpdate } from '../yjsInternals.ts';
import { checkImageWrites } from './imageWrites.ts';
import { NOTE_IMAGE_KEY, recordStoredImage } from './noteImage.ts';
import { setNoteImage } from './setNoteImage.ts';

const STORED = 'a'.repeat(64) as never;
const OTHER = 'b'.repeat(64) as never;

/** A board (server side) with a stored image and a note, and a client synced to it. */
function boards() {
  const server = new Y.Doc();
  recordStoredImage(server, STORED, { type: 'image/jpeg', width: 10, height: 10, storedAt: 1 });
  const created = createNote(server, 'start:services', { text: 'Lappu' });
  if (!created.ok) throw new Error(created.error);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client, note: created.value };
}

/** What the client's change `write` sends, checked against the server's document. */
function check(server: Y.Doc, client: Y.Doc, write: () => void) {
  const before = Y.encodeStateVector(client);
  write();
  return checkImageWrites(server, decodeUpdate(Y.encodeStateAsUpdate(client, before)));
}

describe('checkImageWrites', () => {
  it('passes a stored image, its removal, and typing', () => {
    const { server, client, note } = boards();
    expect(check(server, client, () => setNoteImage(client, note, { id: STORED }))).toBeUndefined();
    const entry = notesMap(client).get(note) as Y.Map<unknown>;
    expect(check(server, client, () => entry.delete(NOTE_IMAGE_KEY))).toBeUndefined();
    expect(check(server, client, () => (entry.get('text') as Y.Text).insert(0, 'x'))).toBeUndefined();
  });

  it('refuses an image not stored for the board, a malformed value and a shared type, first set or overwrite', () => {
    for (const value of [{ id: OTHER }, 'text', { id: STORED, source: { kind: 'x', at: 1 } }, new Y.Map()]) {
      const { server, client, note } = boards();
      const entry = notesMap(client).get(note) as Y.Map<unknown>;
      expect(check(server, client, () => entry.set(NOTE_IMAGE_KEY, value))).toBe('unknown-image');
    }
    const { server, client, note } = boards();
    setNoteImage(client, note, { id: STORED });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    const entry = notesMap(client).get(note) as Y.Map<unknown>;
    expect(check(server, client, () => entry.set(NOTE_IMAGE_KEY, { id: OTHER }))).toBe('unknown-image');
  });

  it('refuses a new note that comes with an image not stored', () => {
    const { server, client } = boards();
    expect(
      check(server, client, () => {
        const created = createNote(client, 'start:services', { text: 'Uusi' });
        if (created.ok) (notesMap(client).get(created.value) as Y.Map<unknown>).set(NOTE_IMAGE_KEY, { id: OTHER });
      }),
    ).toBe('unknown-image');
  });
});
