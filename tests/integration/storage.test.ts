import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createNote, notesInCell, readMeta, readWorkshopMeta, seedBoard } from '@avaa/board-model';
import { CloseCode } from '@avaa/protocol';
import { DATABASE_FILE, openSqliteStorage } from '@avaa/server';
import * as decoding from 'lib0/decoding';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createWorkshop, getJson } from './helpers/api.ts';
import { connectAs, connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeRawSockets, opened, openRaw, syncUrl } from './helpers/rawSocket.ts';
import { closeTestServers, signWithServerKey, startTestServer, tempDir } from './helpers/server.ts';
import { sqliteWith } from './helpers/storage.ts';
import { storageSuite } from './helpers/storageSuite.ts';

afterEach(async () => {
  disconnectAll();
  closeRawSockets();
  await closeTestServers();
});

const texts = (notes: { text: string }[]) => notes.map((note) => note.text);

// The shared suite; the PostgreSQL run of it is tests/multinode/storage.test.ts.
storageSuite({
  name: 'SQLite',
  perRoomSequence: false,
  fresh: async () => {
    const dir = tempDir();
    const setLastActivity = async (id: string, at: number) => {
      const db = new DatabaseSync(join(dir, DATABASE_FILE));
      db.prepare('UPDATE workshops SET last_activity = ? WHERE id = ?').run(at, id);
      db.close();
    };
    return { open: () => openSqliteStorage(dir), cleanup: async () => {}, setLastActivity };
  },
});

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

test('a database from before join codes and workshop rooms is migrated and keeps working', async () => {
  const dataDir = tempDir();
  const id = 'k3m9x2p7qa';
  writeVersion1Database(dataDir, id);
  const server = await startTestServer({ dataDir });
  const facilitatorToken = signWithServerKey(dataDir, id, 'facilitator');
  const summary = await getJson(`${server.url}/api/workshops/${id}?token=${facilitatorToken}`);
  expect(summary.body).toMatchObject({ id, title: 'Vanha työpaja', joinCode: expect.stringMatching(/^[a-z2-9]{6}$/) });
  const { joinCode } = summary.body as { joinCode: string };
  expect((await getJson(`${server.url}/api/join/${joinCode}`)).status).toBe(200);

  // The workshop room did not exist: it is seeded when first used, and joining works.
  const sync = { url: `${server.url.replace(/^http/, 'ws')}/sync`, board: `${id}/workshop` };
  const workshopRoom = connectClient(sync, facilitatorToken);
  await synced(workshopRoom);
  expect(readWorkshopMeta(workshopRoom.doc)).toMatchObject({ title: 'Vanha työpaja', language: 'fi' });
  const joined = await fetch(`${server.url}/api/workshops/${id}/join?token=${facilitatorToken}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Aino', role: 'core-staff' }),
  });
  expect(joined.status).toBe(201);
  const plenary = connectClient({ ...sync, board: `${id}/plenary` }, facilitatorToken);
  await synced(plenary);
  expect(readMeta(plenary.doc)?.title).toBe('Vanha työpaja');
});

/** The schema and data as the first release wrote them (PRAGMA user_version = 1). */
function writeVersion1Database(dataDir: string, id: string): void {
  const db = new DatabaseSync(join(dataDir, 'avaa.sqlite'));
  db.exec(`
    CREATE TABLE workshops (id TEXT PRIMARY KEY, title TEXT NOT NULL, language TEXT NOT NULL, created_at INTEGER NOT NULL) STRICT;
    CREATE TABLE room_updates (id INTEGER PRIMARY KEY AUTOINCREMENT, room TEXT NOT NULL, data BLOB NOT NULL) STRICT;
    CREATE INDEX room_updates_by_room ON room_updates (room, id);
    CREATE TABLE room_snapshots (room TEXT PRIMARY KEY, data BLOB NOT NULL, updated_at INTEGER NOT NULL) STRICT;
    PRAGMA user_version = 1;
  `);
  db.prepare('INSERT INTO workshops VALUES (?, ?, ?, ?)').run(id, 'Vanha työpaja', 'fi', 1);
  const doc = new Y.Doc();
  seedBoard(doc, { title: 'Vanha työpaja', language: 'fi', createdAt: 1 });
  db.prepare('INSERT INTO room_updates (room, data) VALUES (?, ?)').run(`${id}/plenary`, Y.encodeStateAsUpdate(doc));
  db.close();
}

test("a commit SQLite refuses rejects its appends with SQLite's codes, and the storage goes on", async () => {
  const dataDir = tempDir();
  const storage = openSqliteStorage(dataDir);
  // A trigger stands in for a failing disk: the commit fails inside SQLite itself.
  const db = new DatabaseSync(join(dataDir, DATABASE_FILE));
  db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON room_updates WHEN NEW.room = 'w/broken'
    BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
  const failed = await storage.appendUpdates('w/broken', [new Uint8Array([1])]).catch((error: unknown) => error);
  expect(failed).toBeInstanceOf(Error);
  expect(failed).toMatchObject({ code: 'ERR_SQLITE_ERROR', errcode: 1811, message: 'refused by the test' });
  db.exec('DROP TRIGGER refuse');
  db.close();
  expect(await storage.appendUpdates('w/broken', [new Uint8Array([2])])).toBeGreaterThan(0);
  expect((await storage.loadRoom('w/broken')).updates).toEqual([new Uint8Array([2])]);
  await storage.close();
});

test('appends sent just before close are committed; a call after close is refused', async () => {
  const dataDir = tempDir();
  const storage = openSqliteStorage(dataDir);
  const appends = Array.from({ length: 50 }, (_, index) =>
    storage.appendUpdates('w/plenary', [new Uint8Array([index])]),
  );
  await storage.close();
  expect(await Promise.all(appends)).toHaveLength(50);
  await expect(storage.loadRoom('w/plenary')).rejects.toThrow(/not open/);
  const reopened = openSqliteStorage(dataDir);
  expect((await reopened.loadRoom('w/plenary')).updates).toHaveLength(50);
  await reopened.close();
});
