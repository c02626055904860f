import { createNote, notesInCell, readPeople } from '@avaa/board-model';
import { openPostgresStorage } from '@avaa/server';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type CreatedWorkshop, createWorkshop, getJson, joinAs, syncOn } from '../integration/helpers/api.ts';
import { connectClient, disconnectAll, synced } from '../integration/helpers/clients.ts';
import { eventually } from '../integration/helpers/eventually.ts';
import { startCluster, type TestCluster } from './support/cluster.ts';
import { storedBoard } from './support/stored.ts';
import { clusterTestsEnabled } from './support/tools.ts';

// Stock y-websocket clients on different nodes of one cluster see each other as if on one node.
describe.runIf(clusterTestsEnabled())('several nodes', () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startCluster(3);
  });
  afterEach(() => disconnectAll());
  afterAll(async () => {
    await cluster?.close();
  });

  const on = (index: number, workshop: CreatedWorkshop, board = workshop.sync.board) => ({
    ...syncOn(nodeAt(index), workshop),
    board,
  });
  const nodeAt = (index: number) => {
    const node = cluster.nodes[index];
    if (!node) throw new Error(`no node ${index}`);
    return node;
  };
  const texts = (doc: Parameters<typeof notesInCell>[0]) => notesInCell(doc, 'start:services').map((n) => n.text);

  test('every node reports PostgreSQL and Redis as reachable', async () => {
    for (const node of cluster.nodes) {
      expect(await getJson(`${node.url}/healthz`)).toMatchObject({
        status: 200,
        body: { status: 'ok', storage: 'postgres' },
      });
    }
  });

  test('edits made on one node reach clients on the others, and are stored once', async () => {
    // Created on node 1: its tokens work on every node (one AVAA_SECRET).
    const workshop = await createWorkshop(nodeAt(0).url, 'Monta solmua');
    const [first, second, third] = [0, 1, 2].map((i) =>
      connectClient(on(i, workshop), workshop.sync.tokens.facilitator),
    );
    if (!first || !second || !third) throw new Error('clients');
    const clients = [first, second, third];
    await synced(...clients);
    createNote(first.doc, 'start:services', { text: 'solmulta 1' });
    createNote(third.doc, 'start:services', { text: 'solmulta 3' });
    await eventually(() => {
      for (const client of clients) expect(texts(client.doc).sort()).toEqual(['solmulta 1', 'solmulta 3']);
    });
    const stored = await storedBoard(cluster.databaseUrl, workshop.sync.board);
    expect(texts(stored).sort()).toEqual(['solmulta 1', 'solmulta 3']);
  });

  test('presence set on one node is seen on the others, and removed when its client leaves', async () => {
    const workshop = await createWorkshop(nodeAt(1).url, 'Läsnäolo');
    const [here, there] = [0, 2].map((i) => connectClient(on(i, workshop), workshop.sync.tokens.facilitator));
    if (!here || !there) throw new Error('clients');
    await synced(here, there);
    here.provider.awareness.setLocalStateField('user', { name: 'Aino' });
    const id = here.doc.clientID;
    await eventually(() =>
      expect(there.provider.awareness.getStates().get(id)).toMatchObject({ user: { name: 'Aino' } }),
    );
    here.provider.disconnect();
    await eventually(() => expect(there.provider.awareness.getStates().has(id)).toBe(false));
  });

  test('a node that opens a room later is told the presence already there', async () => {
    const workshop = await createWorkshop(nodeAt(0).url, 'Myöhemmin tullut');
    const early = connectClient(on(0, workshop), workshop.sync.tokens.facilitator);
    await synced(early);
    early.provider.awareness.setLocalStateField('user', { name: 'Aino' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Node 3 has not loaded the board yet; stock clients renew presence only every 15 s.
    const late = connectClient(on(2, workshop), workshop.sync.tokens.facilitator);
    const id = early.doc.clientID;
    await eventually(
      () => expect(late.provider.awareness.getStates().get(id)).toMatchObject({ user: { name: 'Aino' } }),
      3_000,
    );
  });

  test('presence crossing nodes is throttled and stays on the channel of its board', async () => {
    const workshop = await createWorkshop(nodeAt(0).url, 'Läsnäolon määrä');
    const heard: string[] = [];
    const listener = new Redis(cluster.redis.url);
    listener.on('pmessageBuffer', (_pattern: Buffer, channel: Buffer, message: Buffer) => {
      if (message[0] === 1) heard.push(channel.toString('utf8'));
    });
    try {
      await listener.psubscribe(`avaa:room:${workshop.id}/*`);
      const mover = connectClient(on(0, workshop), workshop.sync.tokens.facilitator);
      const watcher = connectClient(on(1, workshop), workshop.sync.tokens.facilitator);
      await synced(mover, watcher);
      // A pointer dragged across the board: 50 presence changes in half a second.
      for (let i = 0; i < 50; i++) {
        mover.provider.awareness.setLocalStateField('pointer', { x: i, y: i });
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const id = mover.doc.clientID;
      await eventually(() =>
        expect(watcher.provider.awareness.getStates().get(id)).toMatchObject({ pointer: { x: 49 } }),
      );
      console.log(`presence: 50 changes on one node, ${heard.length} messages between nodes`);
      // At most one presence message per 100 ms per room (plus the watcher's own arrival).
      expect(heard.length).toBeLessThan(15);
      expect(new Set(heard)).toEqual(new Set([`avaa:room:${workshop.sync.board}`]));
    } finally {
      listener.disconnect();
    }
  });

  test('an entry committed without a message (a lost publish) still reaches every node', async () => {
    const workshop = await createWorkshop(nodeAt(0).url, 'Kadonnut viesti');
    const watchers = [0, 1, 2].map((i) => connectClient(on(i, workshop), workshop.sync.tokens.viewer));
    await synced(...watchers);
    // Another writer commits straight to the log and tells nobody, as if its publish was lost.
    const doc = await storedBoard(cluster.databaseUrl, workshop.sync.board);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    createNote(doc, 'start:services', { text: 'vain lokissa' });
    const storage = openPostgresStorage(cluster.databaseUrl, { maxConnections: 1 });
    try {
      await storage.appendUpdates(workshop.sync.board, updates);
    } finally {
      await storage.close();
    }
    // Each node compares its copy with the log head every 2 s and reads what it lacks.
    await eventually(() => {
      for (const watcher of watchers) expect(texts(watcher.doc)).toEqual(['vain lokissa']);
    }, 10_000);
  });

  test('a person who joins through one node can write at once through another', async () => {
    const workshop = await createWorkshop(nodeAt(0).url, 'Liittyminen');
    const watcher = connectClient(on(1, workshop, `${workshop.id}/workshop`), workshop.sync.tokens.facilitator);
    await synced(watcher);
    const person = await joinAs(nodeAt(2).url, workshop, 'Eino');
    await eventually(() => expect(readPeople(watcher.doc).map((p) => p.name)).toContain('Eino'));
    const writer = connectClient(on(1, workshop), person.token);
    const reader = connectClient(on(0, workshop), workshop.sync.tokens.viewer);
    await synced(writer, reader);
    createNote(writer.doc, 'start:services', { text: 'Einon lappu' });
    await eventually(() => expect(texts(reader.doc)).toEqual(['Einon lappu']));
  });

  test('the load balancer passes sockets and the API through to the nodes', async () => {
    const workshop = await createWorkshop(cluster.url, 'Kuormantasaaja');
    const a = connectClient(syncOn(cluster.balancer, workshop), workshop.sync.tokens.facilitator);
    const b = connectClient(syncOn(cluster.balancer, workshop), workshop.sync.tokens.facilitator);
    await synced(a, b);
    createNote(a.doc, 'start:services', { text: 'nginxin läpi' });
    await eventually(() => expect(texts(b.doc)).toEqual(['nginxin läpi']));
  });
});
