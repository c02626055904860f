import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { readPeers } from '@avaa/sync-client';
import { afterEach, describe, expect, test } from 'vitest';
import { type CreatedWorkshop, createWorkshop, getJson, syncOn } from './helpers/api.ts';
import { killChildren, spawnServer } from './helpers/childServer.ts';
import { connectAs, connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { awarenessEntriesFrame, queryAwarenessFrame, syncStep1Frame } from './helpers/frames.ts';
import { closeRawSockets, opened, openRaw, type RawSocket, syncUrl } from './helpers/rawSocket.ts';
import { closeTestServers, startTestServer, tempDir } from './helpers/server.ts';

afterEach(async () => {
  disconnectAll();
  closeRawSockets();
  killChildren();
  await closeTestServers();
});

const MiB = 1024 * 1024;

/** A presence state as the web app writes it, with a name and padding of `bytes`. */
const fakePerson = (index: number, bytes = 0) => ({
  user: { name: `Vieras ${index}`, colour: '#336699' },
  editing: null,
  padding: 'x'.repeat(bytes),
});

/** Sends `frames` from a socket with `token` on the plenary; resolves once the server handled them. */
async function sendAll(workshop: CreatedWorkshop, token: string, frames: Uint8Array[]): Promise<RawSocket> {
  const raw = openRaw(syncUrl(workshop.sync, workshop.sync.board, token));
  await opened(raw);
  for (const frame of frames) raw.socket.send(frame);
  // Frames of one socket are handled in order: the answer to a sync step 1 comes after the rest.
  const answered = new Promise<void>((resolve) =>
    raw.socket.on('message', (data: Buffer) => data[0] === 0 && data[1] === 1 && resolve()),
  );
  raw.socket.send(syncStep1Frame());
  await answered;
  return raw;
}

/** Bytes of awareness answers (message type 1) a socket receives. */
function countAwareness(raw: RawSocket) {
  const seen = { messages: 0, bytes: 0 };
  raw.socket.on('message', (data: Buffer) => {
    if (data[0] !== 1) return;
    seen.messages += 1;
    seen.bytes += data.byteLength;
  });
  return seen;
}

describe('presence amplification (issue 14, point 9)', () => {
  test('fake presences of one socket are bounded and answering queries is rate-limited', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const facilitator = connectAs(workshop, 'facilitator');
    await synced(facilitator);
    // 40 frames of 100 presences each (about 15 KiB a frame), all under made-up client ids.
    const frames = Array.from({ length: 40 }, (_, frame) =>
      awarenessEntriesFrame(
        Array.from({ length: 100 }, (_, entry) => [1000 + frame * 100 + entry, 1, fakePerson(entry, 60)]),
      ),
    );
    const participant = await sendAll(workshop, workshop.sync.tokens.participant, frames);
    const answers = countAwareness(participant);
    for (let query = 0; query < 50; query++) participant.socket.send(queryAwarenessFrame());
    await sendAll(workshop, workshop.sync.tokens.participant, []);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const listed = readPeers(facilitator.provider.awareness).length;
    console.info(
      `presence: 4,000 fake presences sent by one socket -> ${listed} listed; 50 one-byte queries -> ` +
        `${answers.messages} answers, ${(answers.bytes / MiB).toFixed(2)} MiB`,
    );
    expect(listed).toBeLessThanOrEqual(8);
    expect(answers.bytes).toBeLessThan(MiB);
  });

  test("a read-only token's presence names nobody", async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const facilitator = connectAs(workshop, 'facilitator');
    await synced(facilitator);
    const viewer = await sendAll(workshop, workshop.sync.tokens.viewer, [
      awarenessEntriesFrame([[4242, 1, fakePerson(1)]]),
    ]);
    const participant = connectAs(workshop, 'participant');
    participant.provider.awareness.setLocalStateField('user', { name: 'Anna', colour: '#aa3300' });
    await eventually(() =>
      expect(readPeers(facilitator.provider.awareness).map((peer) => peer.user.name)).toEqual(['Anna']),
    );
    expect(viewer.socket.readyState).toBe(viewer.socket.OPEN);
  });
});

/** The server process's resident memory, from /proc (Linux). */
function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0) * 1024;
}

describe('slow readers (issue 14, point 9)', () => {
  test('sockets that never read cannot grow the server without bound or stall it', async () => {
    const server = await spawnServer(tempDir());
    const pid = server.child.pid ?? 0;
    const workshop = await createWorkshop(server.url);
    const sync = syncOn(server, workshop);
    const on = { ...workshop, sync };
    // Presence filled as far as the server lets 50 sockets fill it (2 KiB states, 4 each).
    const fillers = [];
    for (let socket = 0; socket < 50; socket++) {
      const ids = Array.from({ length: 4 }, (_, index) => 10_000 + socket * 4 + index);
      const frame = awarenessEntriesFrame(ids.map((id) => [id, 1, fakePerson(id, 1900)]));
      fillers.push(sendAll(on, workshop.sync.tokens.participant, [frame]));
    }
    await Promise.all(fillers);
    // The client's first request opens its connection: not the server's latency.
    await getJson(`${server.url}/healthz`);
    const before = rssBytes(pid);
    const samples: number[] = [];
    const readers = await slowReaders(sync, workshop.sync.tokens.viewer, 10);
    let worstHealthMs = 0;
    let peakRss = before;
    const deadline = Date.now() + 6000;
    let sent = 0;
    while (Date.now() < deadline) {
      for (const raw of readers) {
        if (raw.socket.readyState !== raw.socket.OPEN) continue;
        for (let query = 0; query < 10; query++) raw.socket.send(queryAwarenessFrame());
        sent += 10;
      }
      const started = performance.now();
      const health = await getJson(`${server.url}/healthz`);
      worstHealthMs = Math.max(worstHealthMs, performance.now() - started);
      samples.push(performance.now() - started);
      expect(health.status).toBe(200);
      peakRss = Math.max(peakRss, rssBytes(pid));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const health = (await getJson(`${server.url}/healthz`)).body as { connections: number };
    console.info(
      `slow readers: 10 sockets never reading, ${sent} queries in 6 s -> server grew ` +
        `${((peakRss - before) / MiB).toFixed(0)} MiB (from ${(before / MiB).toFixed(0)} MiB), ` +
        `/healthz median ${median(samples).toFixed(0)} ms, worst ${worstHealthMs.toFixed(0)} ms, ` +
        `connections left ${health.connections}`,
    );
    // Before the fix the server grew by 95-346 MiB here (and /healthz took up to 2.5 s; on a
    // loaded 2-core machine that figure is too noisy to assert, so it is only printed).
    expect(peakRss - before).toBeLessThan(80 * MiB);
  }, 60_000);

  test('whole boards asked for by sockets that never read: the slow readers are closed, memory stays bounded', async () => {
    const server = await spawnServer(tempDir());
    const pid = server.child.pid ?? 0;
    const workshop = await createWorkshop(server.url);
    const sync = syncOn(server, workshop);
    const writer = connectClient({ url: sync.url, board: sync.board }, workshop.sync.tokens.facilitator);
    await synced(writer);
    // A board of 6 MB, within its limit.
    for (let part = 0; part < 60; part++) writer.doc.getMap('scratch').set(`part-${part}`, 'x'.repeat(100_000));
    const probe = connectClient({ url: sync.url, board: sync.board }, workshop.sync.tokens.viewer);
    await synced(probe);
    await eventually(() => expect(probe.doc.getMap('scratch').size).toBe(60));
    const readers = await slowReaders(sync, workshop.sync.tokens.viewer, 10);
    const before = rssBytes(pid);
    let worstHealthMs = 0;
    let peakRss = before;
    // Each asks three times for the whole board (4 bytes each: 18 MB of answers per socket).
    for (const raw of readers) for (let ask = 0; ask < 3; ask++) raw.socket.send(syncStep1Frame());
    for (let sample = 0; sample < 20; sample++) {
      const started = performance.now();
      expect((await getJson(`${server.url}/healthz`)).status).toBe(200);
      worstHealthMs = Math.max(worstHealthMs, performance.now() - started);
      peakRss = Math.max(peakRss, rssBytes(pid));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const remaining = ((await getJson(`${server.url}/healthz`)).body as { connections: number }).connections;
    // Read again: what was buffered arrives, then the close frame of those that were closed.
    const codes = readers.map((raw) => {
      (raw.socket as unknown as { _socket: Socket })._socket.resume();
      return Promise.race([raw.closed, new Promise((resolve) => setTimeout(() => resolve('open'), 10_000))]);
    });
    const closedWith = countBy(await Promise.all(codes));
    console.info(
      `slow readers: 10 sockets never reading ask for a 6 MB board 3 times each -> server grew ` +
        `${((peakRss - before) / MiB).toFixed(0)} MiB, /healthz worst ${worstHealthMs.toFixed(0)} ms, ` +
        `connections ${remaining} of 12, readers closed with`,
      closedWith,
    );
    // A third request for the whole board within a minute closes with 4529 (or, for a socket
    // that held too much meanwhile, 4508, cut off as 1006 when it did not read it in time).
    expect(closedWith.open).toBeUndefined();
    expect([...writer.closeCodes, ...probe.closeCodes]).toEqual([]);
    expect(peakRss - before).toBeLessThan(160 * MiB);
    expect(worstHealthMs).toBeLessThan(1000);
  }, 60_000);

  test('sockets past their share of the outgoing budget are closed with 4508 and sent nothing more', async () => {
    const server = await startTestServer({ limits: { maxBufferedBytes: 8 * MiB, maxBufferedBytesPerSocket: 4 * MiB } });
    const workshop = await createWorkshop(server.url);
    const writer = connectAs(workshop, 'facilitator');
    const reader = connectAs(workshop, 'viewer');
    await synced(writer, reader);
    // The writer's client id is registered (stored and synced) before the flood, which would
    // otherwise queue past the 4 MiB a connection may send while its first write waits for that.
    writer.doc.getMap('scratch').set('first', 'x');
    await eventually(() => expect(reader.doc.getMap('scratch').size).toBe(1));
    writer.doc.getMap('scratch').delete('first');
    await eventually(() => expect(reader.doc.getMap('scratch').size).toBe(0));
    const slow = await slowReaders(workshop.sync, workshop.sync.tokens.viewer, 20);
    // 6 MB of edits relayed to everyone: more than the kernel's socket buffers take per reader.
    for (let part = 0; part < 60; part++) writer.doc.getMap('scratch').set(`part-${part}`, 'x'.repeat(100_000));
    await eventually(() => expect(reader.doc.getMap('scratch').size).toBe(60));
    const closedWith = countBy(await Promise.all(slow.map(resumed)));
    console.info('outgoing budget: 20 sockets not reading 6 MB of relayed edits -> closed with', closedWith);
    // 4508, or cut off (1006) when the socket did not read its close frame within the grace.
    expect(closedWith.open).toBeUndefined();
    // The writer is never held up; a reader slowed by a busy machine may be closed too while the
    // budget is exceeded, and then has everything after its reconnect (checked above).
    expect(writer.closeCodes).toEqual([]);
  });
});

/** Reads again: what was buffered arrives, then the close frame if the server closed it. */
function resumed(raw: RawSocket): Promise<unknown> {
  (raw.socket as unknown as { _socket: Socket })._socket.resume();
  return Promise.race([raw.closed, new Promise((resolve) => setTimeout(() => resolve('open'), 8000))]);
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

function countBy(values: readonly unknown[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  return counts;
}

/** `count` viewers of the board that stop reading once connected. */
async function slowReaders(sync: { url: string; board: string }, token: string, count: number) {
  const readers: RawSocket[] = [];
  for (let index = 0; index < count; index++) {
    const raw = openRaw(syncUrl(sync, sync.board, token));
    await opened(raw);
    (raw.socket as unknown as { _socket: Socket })._socket.pause();
    readers.push(raw);
  }
  return readers;
}
