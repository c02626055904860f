import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { createNote, type NewNote } from '../operations/createNote.ts';
import { seedBoard } from '../seed.ts';
import type { CellId } from '../template.ts';
import { seededRandom } from './seededRandom.ts';

/** A seeded board, as the server would hand it to a client. */
export function seededBoard(): Y.Doc {
  const doc = new Y.Doc();
  seedBoard(doc, { title: 'Testipäivä', language: 'fi', createdAt: 1 });
  return doc;
}

/** Creates a note and returns its id, failing the test if the operation was refused. */
export function addNote(doc: Y.Doc, cell: CellId, note: NewNote | string, seed = 1): NoteId {
  const result = createNote(doc, cell, typeof note === 'string' ? { text: note } : note, {
    random: seededRandom(seed),
  });
  if (!result.ok) throw new Error(`createNote refused: ${result.error}`);
  return result.value;
}

/** Two documents kept in sync both ways, like two clients of one server. */
export function connectedPair(): [Y.Doc, Y.Doc] {
  const a = seededBoard();
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== b && Y.applyUpdate(b, update, a));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== a && Y.applyUpdate(a, update, b));
  return [a, b];
}

export function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** What a client synced with `server` sends for `change`: its updates, merged into one. */
export function sentBy(server: Y.Doc, change: (client: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const updates: Uint8Array[] = [];
  client.on('update', (update: Uint8Array) => updates.push(update));
  change(client);
  return Y.mergeUpdates(updates);
}
