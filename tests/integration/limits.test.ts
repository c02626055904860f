import { createNote, notesInCell } from '@avaa/board-model';
import { CloseCode } from '@avaa/protocol';
import { afterEach, describe, expect, test } from 'vitest';
import { createWorkshop } from './helpers/api.ts';
import { type Client, connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { awarenessFrame, syncStep1Frame } from './helpers/frames.ts';
import { closeRawSockets, opened, openRaw, syncUrl } from './helpers/rawSocket.ts';
import { storedDoc } from './helpers/savedClients.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(async () => {
  disconnectAll();
  closeRawSockets();
  await closeTestServers();
});

const CELL = 'during:services';
const texts = (notes: { text: string }[]) => notes.map((note) => note.text);

async function stillSyncing(from: Client, to: Client, text: string): Promise<void> {
  createNote(from.doc, CELL, { text });
  await eventually(() => expect(texts(notesInCell(to.doc, CELL))).toContain(text));
}

describe('limits', () => {
  test('a change that would grow a board past its size limit closes that socket with 4413', async () => {
    const server = await startTestServer({ limits: { maxRoomBytes: 64 * 1024 } });
    const workshop = await createWorkshop(server.url);
    const big = connectAs(workshop, 'participant');
    const other = connectAs(workshop, 'facilitator');
    await synced(big, other);
    big.doc.getMap('scratch').set('big', 'x'.repeat(100 * 1024));
    await eventually(() => expect(big.closeCodes).toContain(CloseCode.documentTooLarge));
    // Fatal for stock clients too (44xx): they do not resend it in a loop.
    expect(big.provider.shouldConnect).toBe(false);
    expect(storedDoc(server.dataDir, workshop.sync.board).getMap('scratch').has('big')).toBe(false);
    const late = connectAs(workshop, 'participant');
    await synced(late);
    await stillSyncing(other, late, 'Small notes still fit');
  });

  test('a token flooding one room is closed with 4529; another token in the room is not', async () => {
    const server = await startTestServer({ limits: { frameBurst: 30, framesPerSecond: 10 } });
    const workshop = await createWorkshop(server.url);
    const a = connectAs(workshop, 'facilitator');
    const b = connectAs(workshop, 'participant');
    await synced(a, b);
    const raw = openRaw(syncUrl(workshop.sync, workshop.sync.board, workshop.sync.tokens.viewer));
    await opened(raw);
    for (let index = 0; index < 100; index++) raw.socket.send(syncStep1Frame());
    expect(await raw.closed).toBe(CloseCode.rateLimited);
    await stillSyncing(a, b, 'Unaffected by the flood');
    expect([...a.closeCodes, ...b.closeCodes]).toEqual([]);
  });

  test('a room past its connection limit closes the newcomer with 4503', async () => {
    const server = await startTestServer({ limits: { maxConnectionsPerRoom: 2 } });
    const workshop = await createWorkshop(server.url);
    const a = connectAs(workshop, 'facilitator');
    const b = connectAs(workshop, 'participant');
    await synced(a, b);
    const third = openRaw(syncUrl(workshop.sync, workshop.sync.board, workshop.sync.tokens.viewer));
    expect(await third.closed).toBe(CloseCode.roomFull);
    expect([...a.closeCodes, ...b.closeCodes]).toEqual([]);
  });

  test('one workshop more than the server takes at once is closed with 4507', async () => {
    const server = await startTestServer({ limits: { maxActiveWorkshops: 1 } });
    const first = await createWorkshop(server.url);
    const second = await createWorkshop(server.url);
    const a = connectAs(first, 'facilitator');
    await synced(a);
    const refused = openRaw(syncUrl(second.sync, second.sync.board, second.sync.tokens.participant));
    expect(await refused.closed).toBe(CloseCode.serverFull);
    // A second socket of an open workshop is welcome.
    const b = connectAs(first, 'participant');
    await synced(b);
  });

  test('presence: oversized updates close with 1009, others ids are ignored', async () => {
    const server = await startTestServer({ limits: { maxAwarenessBytes: 1024 } });
    const workshop = await createWorkshop(server.url);
    const a = connectAs(workshop, 'facilitator');
    const b = connectAs(workshop, 'participant');
    await synced(a, b);
    a.provider.awareness.setLocalStateField('user', { name: 'Aino' });
    await eventually(() =>
      expect(b.provider.awareness.getStates().get(a.doc.clientID)).toEqual({ user: { name: 'Aino' } }),
    );

    const target = syncUrl(workshop.sync, workshop.sync.board, workshop.sync.tokens.participant);
    const forger = openRaw(target);
    await opened(forger);
    forger.socket.send(awarenessFrame(a.doc.clientID, 1_000_000, { user: { name: 'Forged' } }));
    forger.socket.send(awarenessFrame(424242, 1, { user: { name: 'Own presence' } }));
    await eventually(() =>
      expect(b.provider.awareness.getStates().get(424242)).toEqual({ user: { name: 'Own presence' } }),
    );
    expect(b.provider.awareness.getStates().get(a.doc.clientID)).toEqual({ user: { name: 'Aino' } });

    const huge = openRaw(target);
    await opened(huge);
    huge.socket.send(awarenessFrame(777, 1, { user: { name: 'x'.repeat(2000) } }));
    expect(await huge.closed).toBe(CloseCode.messageTooBig);
    expect(forger.socket.readyState).toBe(forger.socket.OPEN);
    expect([...a.closeCodes, ...b.closeCodes]).toEqual([]);
  });

  test('presence past its rate is dropped, not closed', async () => {
    const server = await startTestServer({ limits: { awarenessBurst: 5, awarenessPerSecond: 1 } });
    const workshop = await createWorkshop(server.url);
    const observer = connectAs(workshop, 'facilitator');
    await synced(observer);
    const raw = openRaw(syncUrl(workshop.sync, workshop.sync.board, workshop.sync.tokens.participant));
    await opened(raw);
    for (let clock = 1; clock <= 20; clock++) raw.socket.send(awarenessFrame(5150, clock, { n: clock }));
    raw.socket.send(syncStep1Frame());
    // The sync step 2 answer comes after all 20 were handled (frames are handled in order).
    await new Promise<void>((resolve) => raw.socket.on('message', (data: Buffer) => data[1] === 1 && resolve()));
    await eventually(() => expect(observer.provider.awareness.getStates().get(5150)).toEqual({ n: 5 }));
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
  });
});
