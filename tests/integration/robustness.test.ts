import { createNote, notesInCell } from '@avaa/board-model';
import { CloseCode, MAX_MESSAGE_BYTES } from '@avaa/protocol';
import { afterEach, describe, expect, test } from 'vitest';
import { seededRandom } from '../../packages/board-model/src/testing/seededRandom.ts';
import { createWorkshop, getJson } from './helpers/api.ts';
import { type Client, connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeRawSockets, opened, openRaw, syncUrl } from './helpers/rawSocket.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(async () => {
  disconnectAll();
  closeRawSockets();
  await closeTestServers();
});

const texts = (notes: { text: string }[]) => notes.map((note) => note.text);

/** Proves a room still works: a note written on `from` arrives at `to`. */
async function stillSyncing(from: Client, to: Client, text: string): Promise<void> {
  createNote(from.doc, 'during:services', { text });
  await eventually(() => expect(texts(notesInCell(to.doc, 'during:services'))).toContain(text));
}

describe('hostile or broken input', () => {
  test('an oversized frame closes that socket with 1009 and the server keeps serving', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const a = connectAs(workshop, 'facilitator');
    const b = connectAs(workshop, 'participant');
    await synced(a, b);

    const raw = openRaw(syncUrl(workshop.sync, workshop.sync.board, workshop.sync.tokens.participant));
    await opened(raw);
    raw.socket.send(new Uint8Array(MAX_MESSAGE_BYTES + 1));
    expect(await raw.closed).toBe(CloseCode.messageTooBig);

    await stillSyncing(a, b, 'Still here after a huge frame');
    expect(a.closeCodes).toEqual([]);
    expect((await getJson(`${url}/healthz`)).status).toBe(200);
  });

  test('garbage frames close only their own socket with 1002', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const a = connectAs(workshop, 'facilitator');
    const b = connectAs(workshop, 'participant');
    await synced(a, b);
    const target = syncUrl(workshop.sync, workshop.sync.board, workshop.sync.tokens.participant);

    const frames: Uint8Array[] = [
      Uint8Array.of(0x00, 0x80), // sync with a truncated varint
      Uint8Array.of(0x00, 0x00, 0x05, 0x01), // step 1 whose length runs past the end
      Uint8Array.of(0x00, 0x07, 0x00), // unknown sync step
      Uint8Array.of(0x01, 0x03, 0x01, 0x01, 0x7b), // awareness that is not an awareness update
    ];
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      // A sync update header followed by seeded random bytes: Y.applyUpdate must reject them.
      const random = seededRandom(seed);
      const payload = Array.from({ length: 40 }, () => Math.floor(random() * 256));
      frames.push(Uint8Array.of(0x00, 0x02, payload.length, ...payload));
    }
    for (const [index, frame] of frames.entries()) {
      const raw = openRaw(target);
      await opened(raw);
      raw.socket.send(frame);
      expect(await raw.closed, `frame ${index}`).toBe(CloseCode.protocolError);
      await stillSyncing(a, b, `Still syncing after frame ${index}`);
    }
    const text = openRaw(target);
    await opened(text);
    text.socket.send('not binary');
    expect(await text.closed).toBe(CloseCode.protocolError);
    expect([...a.closeCodes, ...b.closeCodes]).toEqual([]);
  });
});

test('keepalive pings close sockets that stop answering, and keep live ones', async () => {
  const { url } = await startTestServer({ pingIntervalMs: 100 });
  const workshop = await createWorkshop(url);
  const live = connectAs(workshop, 'participant');
  await synced(live);
  const target = syncUrl(workshop.sync, workshop.sync.board, workshop.sync.tokens.participant);
  const dead = openRaw(target, { autoPong: false });
  await opened(dead);
  // Terminated without a close frame: the client sees an abnormal closure.
  expect(await dead.closed).toBe(1006);
  expect(live.closeCodes).toEqual([]);
  expect(live.provider.wsconnected).toBe(true);
});
