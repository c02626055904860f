import { metaMap, readMeta, seedBoard } from '@avaa/board-model';
import { CloseCode } from '@avaa/protocol';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { syncOn } from './helpers/api.ts';
import { type Client, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, roomRows, startTestServer } from './helpers/server.ts';
import { sqliteWith } from './helpers/storage.ts';
import { connectRoom, groupedWorkshop, groupRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

/** The board carries exactly one seed: one writer (the server) that wrote each meta key once. */
function expectSeededOnce(client: Client, group: number): void {
  expect(readMeta(client.doc)).toMatchObject({ board: 'group', group });
  const writers = Y.decodeStateVector(Y.encodeStateVector(client.doc));
  expect(writers.size).toBe(1);
  // schemaVersion, title, language, board, group, createdAt: one item each, none overwritten.
  expect([...writers.values()]).toEqual([metaMap(client.doc).size]);
}

test('a group board is seeded once by the server, also when two clients open it at once and after a restart', async () => {
  const server = await startTestServer();
  const { workshop } = await groupedWorkshop(server.url);
  const room = groupRoom(workshop, 1);
  expect(roomRows(server.dataDir, room)).toEqual({ logEntries: 0, snapshots: 0 });

  const first = connectRoom(workshop, room, workshop.sync.tokens.participant);
  const second = connectRoom(workshop, room, workshop.sync.tokens.viewer);
  await synced(first, second);
  expectSeededOnce(first, 1);
  expectSeededOnce(second, 1);
  // The seed was stored before anyone got it: one log entry.
  expect(roomRows(server.dataDir, room)).toEqual({ logEntries: 1, snapshots: 0 });

  disconnectAll();
  await server.restart();
  const again = connectRoom({ ...workshop, sync: syncOn(server, workshop) }, room, workshop.sync.tokens.viewer);
  await synced(again);
  expectSeededOnce(again, 1);
  // Compacted on shutdown; loading found state, so nothing was seeded again.
  expect(roomRows(server.dataDir, room)).toEqual({ logEntries: 0, snapshots: 1 });
});

test('a crash around storing the seed leaves exactly one seed', async () => {
  // The first seed of each room fails: once before it is stored, once after (as if the process
  // died between commit and carrying on). Clients are closed with 1011 and reconnect by themselves.
  const failures = new Map<string, 'before' | 'after'>();
  const storage = sqliteWith((inner) => ({
    seedRoom: async (room, update) => {
      const failure = failures.get(room);
      failures.delete(room);
      if (failure === 'before') throw new Error('crash before the seed was stored');
      const stored = await inner.seedRoom(room, update);
      if (failure === 'after') throw new Error('crash after the seed was stored');
      return stored;
    },
  }));
  const server = await startTestServer({ openStorage: storage });
  const { workshop } = await groupedWorkshop(server.url);
  failures.set(groupRoom(workshop, 1), 'before');
  failures.set(groupRoom(workshop, 2), 'after');

  for (const group of [1, 2]) {
    const client = connectRoom(workshop, groupRoom(workshop, group), workshop.sync.tokens.participant);
    await eventually(() => expect(client.closeCodes).toContain(CloseCode.internalError));
    await synced(client);
    expectSeededOnce(client, group);
    expect(roomRows(server.dataDir, groupRoom(workshop, group))).toEqual({ logEntries: 1, snapshots: 0 });
  }
  expect(failures.size).toBe(0);
});

test('when another server on the same storage seeded the board first, its seed is the one kept', async () => {
  // Our load reads an empty room, then "another server" stores its seed before ours.
  const raced = new Set<string>();
  const storage = sqliteWith((inner) => ({
    loadRoom: async (room) => {
      const stored = await inner.loadRoom(room);
      if (!raced.delete(room)) return stored;
      const theirs = new Y.Doc();
      seedBoard(theirs, { title: 'Their seed', language: 'fi', createdAt: 1, group: 1 });
      await inner.seedRoom(room, Y.encodeStateAsUpdate(theirs));
      return stored;
    },
  }));
  const server = await startTestServer({ openStorage: storage });
  const { workshop } = await groupedWorkshop(server.url);
  raced.add(groupRoom(workshop, 1));
  const client = connectRoom(workshop, groupRoom(workshop, 1), workshop.sync.tokens.participant);
  await synced(client);
  expect(raced.size).toBe(0);
  expectSeededOnce(client, 1);
  expect(readMeta(client.doc)?.title).toBe('Their seed');
  expect(roomRows(server.dataDir, groupRoom(workshop, 1))).toEqual({ logEntries: 1, snapshots: 0 });
});
