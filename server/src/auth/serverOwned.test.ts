import { createNote, seedBoard } from '@avaa/board-model';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { touchesRoots } from './serverOwned.ts';

const META = new Set(['meta']);

/** A server's seeded board and a client that synced it. */
function synced() {
  const server = new Y.Doc();
  seedBoard(server, { title: 'Ohjaamo', language: 'fi', createdAt: 1 });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

function changeOf(doc: Y.Doc, change: () => void): ReturnType<typeof Y.decodeUpdate> {
  const before = Y.encodeStateVector(doc);
  change();
  return Y.decodeUpdate(Y.encodeStateAsUpdate(doc, before));
}

describe('touchesRoots', () => {
  test("setting or overwriting a key of a board's meta touches it; a note does not", () => {
    // Each change from a fresh copy: an update carries its document's whole delete set.
    const title = synced();
    const set = changeOf(title.client, () => title.client.getMap('meta').set('title', 'x'));
    expect(touchesRoots(title.server, set, META)).toBe(true);
    const added = synced();
    expect(
      touchesRoots(
        added.server,
        changeOf(added.client, () => added.client.getMap('meta').set('n', 1)),
        META,
      ),
    ).toBe(true);
    const { server, client } = synced();
    const note = changeOf(client, () => createNote(client, 'start:services', { text: 'Drop-in' }));
    expect(touchesRoots(server, note, META)).toBe(false);
  });

  test("deleting a live meta entry touches it; re-sending the server's own seed does not", () => {
    const { server, client } = synced();
    expect(touchesRoots(server, Y.decodeUpdate(Y.encodeStateAsUpdate(client)), META)).toBe(false);
    expect(
      touchesRoots(
        server,
        changeOf(client, () => client.getMap('meta').delete('title')),
        META,
      ),
    ).toBe(true);
  });
});
