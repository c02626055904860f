import { createNote, notesInCell, readMeta } from '@avaa/board-model';
import { CloseCode } from '@avaa/protocol';
import * as decoding from 'lib0/decoding';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createWorkshop, getJson } from './helpers/api.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeRawSockets, opened, openRaw, syncUrl } from './helpers/rawSocket.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { sqliteWith } from './helpers/storage.ts';

afterEach(async () => {
  disconnectAll();
  closeRawSockets();
  await closeTestServers();
});

const texts = (notes: { text: string }[]) => notes.map((note) => note.text);

test('a client is answered from the stored state even while the room is still loading', async () => {
  const slowLoad = sqliteWith((inner) => ({
    loadRoom: async (room) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return inner.loadRoom(room);
    },
  }));
  const { url } = await startTestServer({ openStorage: slowLoad });
  const workshop = await createWorkshop(url, 'Seeded before anyone came');
  const raw = openRaw(syncUrl(workshop.sync, workshop.sync.board, workshop.sync.tokens.viewer));
  const replies: Uint8Array[] = [];
  raw.socket.on('message', (data: Buffer) => replies.push(new Uint8Array(data)));
  await opened(raw);
  raw.socket.send(Uint8Array.of(0x00, 0x00, 0x01, 0x00)); // sync step 1 with an empty state vector

  const doc = new Y.Doc();
  await eventually(() => {
    const step2 = replies.find((reply) => reply[0] === 0x00 && reply[1] === 0x01);
    if (!step2) throw new Error('no sync step 2 yet');
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoding.createDecoder(step2.subarray(2))));
  });
  expect(readMeta(doc)?.title).toBe('Seeded before anyone came');
});

test('a failing storage write closes the room with 1011; clients keep their edits and retry', async () => {
  const disk = { full: false };
  const fullDisk = sqliteWith((inner) => ({
    appendUpdates: async (room, updates) => {
      if (disk.full) throw Object.assign(new Error('database or disk is full'), { code: 'ERR_SQLITE_ERROR' });
      return inner.appendUpdates(room, updates);
    },
  }));
  const { url } = await startTestServer({ openStorage: fullDisk });
  const workshop = await createWorkshop(url);
  const a = connectAs(workshop, 'facilitator');
  await synced(a);

  disk.full = true;
  createNote(a.doc, 'followup:services', { text: 'Written while the disk was full' });
  await eventually(() => expect(a.closeCodes).toContain(CloseCode.internalError));
  expect((await getJson(`${url}/healthz`)).body).toMatchObject({ status: 'ok' });

  disk.full = false;
  // The stock client reconnects by itself and its sync step 2 carries the unsaved note.
  const b = connectAs(workshop, 'participant');
  await eventually(
    () => expect(texts(notesInCell(b.doc, 'followup:services'))).toEqual(['Written while the disk was full']),
    20_000,
  );
});
