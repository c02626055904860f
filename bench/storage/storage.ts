/**
 * Storage: loading a board of 1,000 notes with a 20,000-update log, before and after compaction,
 * through the server's own Room and SQLite storage; write throughput through the storage (group
 * commit, each commit synced) and what the disk allows commit by commit.
 * `npx node bench/storage/storage.ts [--quick]`. Writes bench/results/storage.json.
 */
import { closeSync, fdatasyncSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { CELL_IDS, createNote, editNoteText, moveNote, type NoteId, notesMap, seedBoard } from '@avaa/board-model';
import * as Y from 'yjs';
import { silentLogger } from '../../server/src/log.ts';
import { Room } from '../../server/src/rooms/room.ts';
import { DATABASE_FILE, openSqliteStorage } from '../../server/src/storage/sqlite.ts';
import type { Storage } from '../../server/src/storage/types.ts';
import { QUICK, report } from '../report.ts';
import { round } from '../sync/load.ts';

const NOTES = QUICK ? 100 : 1000;
const UPDATES = QUICK ? 2000 : 20_000;
const ROOM = 'bench/plenary';
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

/** The board's history as the server's doc emits it: notes created, typed into and moved. */
function history(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  seedBoard(doc, { title: 'Bench', language: 'fi', createdAt: 0 });
  const ids: NoteId[] = [];
  for (let index = 0; index < NOTES; index++) {
    const created = createNote(doc, pick(CELL_IDS), { text: 'a' });
    if (created.ok) ids.push(created.value);
  }
  while (updates.length < UPDATES) {
    const id = pick(ids);
    if (Math.random() < 0.1) moveNote(doc, id, pick(CELL_IDS), 'end');
    else {
      const text = notesMap(doc).get(id)?.get('text')?.toString() ?? '';
      editNoteText(doc, id, text.length > 100 ? 'uusi' : `${text}${pick([...'aeiknostu'])}`);
    }
  }
  doc.destroy();
  return updates.slice(0, UPDATES);
}

async function timedLoad(storage: Storage): Promise<{ readMs: number; loadMs: number }> {
  const readStart = performance.now();
  await storage.loadRoom(ROOM);
  const readMs = performance.now() - readStart;
  const room = benchRoom(storage);
  const start = performance.now();
  await room.load();
  const loadMs = performance.now() - start;
  room.doc.destroy();
  return { readMs, loadMs };
}

/** Median of three loads (the first also warms SQLite's page cache, as a live server's is). */
async function loadTimes(storage: Storage) {
  const runs = [await timedLoad(storage), await timedLoad(storage), await timedLoad(storage)];
  const median = (key: 'readMs' | 'loadMs') => round(runs.map((run) => run[key]).sort((a, b) => a - b)[1] ?? 0, 1);
  return { readMs: median('readMs'), loadMs: median('loadMs') };
}

async function loadBench(dir: string) {
  const storage = openSqliteStorage(dir);
  const updates = history();
  for (let start = 0; start < updates.length; start += 500) {
    await storage.appendUpdates(ROOM, updates.slice(start, start + 500));
  }
  const logBytes = updates.reduce((sum, update) => sum + update.byteLength, 0);
  const before = await loadTimes(storage);
  const room = benchRoom(storage);
  await room.load();
  const snapshotBytes = Y.encodeStateAsUpdate(room.doc).byteLength;
  const compactStart = performance.now();
  await room.unload();
  const compactMs = round(performance.now() - compactStart, 1);
  const after = await loadTimes(storage);
  await storage.close();
  return [
    {
      state: `${NOTES} notes, ${UPDATES} log entries`,
      kB: round(logBytes / 1024, 0),
      'SQLite read ms': before.readMs,
      'room load ms': before.loadMs,
      'compaction ms': null,
    },
    {
      state: 'after compaction (snapshot)',
      kB: round(snapshotBytes / 1024, 0),
      'SQLite read ms': after.readMs,
      'room load ms': after.loadMs,
      'compaction ms': compactMs,
    },
  ];
}

/** The server's own Room on `storage`, never compacting by itself. */
function benchRoom(storage: Storage): Room {
  return new Room({
    name: ROOM,
    storage,
    logger: silentLogger,
    compactThreshold: Number.POSITIVE_INFINITY,
    deletedNoteGraceMs: 0,
    now: Date.now,
    seed: undefined,
    onFailure: () => {},
  });
}

const WRITE_SECONDS = QUICK ? 0.3 : 3;

/**
 * Through the server's storage: `rooms` rooms each appending one typing-sized update, waiting
 * for its commit ("saved"), and appending the next. Group commit puts every room's waiting
 * appends into one transaction (one fsync), at most every 25 ms.
 */
async function throughput(dir: string, rooms: number) {
  const storage = openSqliteStorage(dir);
  const update = new Uint8Array(40).fill(1);
  const until = performance.now() + WRITE_SECONDS * 1000;
  const started = performance.now();
  const latencies: number[] = [];
  const writer = async (room: string) => {
    while (performance.now() < until) {
      const at = performance.now();
      await storage.appendUpdates(room, [update]);
      latencies.push(performance.now() - at);
    }
  };
  await Promise.all(Array.from({ length: rooms }, (_, index) => writer(`bench${index}/plenary`)));
  const seconds = (performance.now() - started) / 1000;
  await storage.close();
  latencies.sort((a, b) => a - b);
  return {
    'rooms writing': rooms,
    'updates/s': round(latencies.length / seconds, 0),
    'append to commit p50 ms': quantile(latencies, 0.5),
    'append to commit p99 ms': quantile(latencies, 0.99),
  };
}

/**
 * What the disk allows: single-row commits in a tight loop, WAL as the server. With
 * `synchronous=FULL` each COMMIT holds the thread for its fsync; with NORMAL (the server since
 * issue 19) the COMMIT alone is what holds the event loop, and the fdatasync of the WAL that the
 * server runs in the thread pool is timed apart.
 */
function rawCommits(dir: string, synchronous: 'FULL' | 'NORMAL') {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `raw-${synchronous}.sqlite`);
  const db = new DatabaseSync(path);
  db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = ${synchronous};`);
  db.exec('CREATE TABLE log (id INTEGER PRIMARY KEY AUTOINCREMENT, room TEXT NOT NULL, data BLOB NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO log (room, data) VALUES (?, ?)');
  const update = new Uint8Array(40).fill(1);
  const latencies: number[] = [];
  const syncs: number[] = [];
  const until = performance.now() + WRITE_SECONDS * 1000;
  while (performance.now() < until) {
    const at = performance.now();
    db.exec('BEGIN IMMEDIATE');
    insert.run('bench/plenary', update);
    db.exec('COMMIT');
    const committed = performance.now();
    latencies.push(committed - at);
    if (synchronous === 'NORMAL') {
      const wal = openSync(`${path}-wal`, 'r');
      fdatasyncSync(wal);
      closeSync(wal);
      syncs.push(performance.now() - committed);
    }
  }
  db.close();
  latencies.sort((a, b) => a - b);
  syncs.sort((a, b) => a - b);
  return {
    synchronous,
    'commits/s': round(latencies.length / WRITE_SECONDS, 0),
    'commit p50 ms': quantile(latencies, 0.5),
    'commit p99 ms': quantile(latencies, 0.99),
    'WAL fdatasync p50 ms': synchronous === 'NORMAL' ? quantile(syncs, 0.5) : undefined,
    'WAL fdatasync p99 ms': synchronous === 'NORMAL' ? quantile(syncs, 0.99) : undefined,
  };
}

function quantile(sorted: readonly number[], share: number): number {
  return round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0, 2);
}

const dir = mkdtempSync(join(tmpdir(), 'avaa-bench-storage-'));
try {
  const load = await loadBench(join(dir, 'load'));
  const writes = [];
  for (const rooms of [10, 100, 1000]) writes.push(await throughput(join(dir, `writes${rooms}`), rooms));
  const disk = [rawCommits(join(dir, 'raw'), 'FULL'), rawCommits(join(dir, 'raw'), 'NORMAL')];
  const databaseKB = round(statSync(join(dir, 'load', DATABASE_FILE)).size / 1024, 0);
  report('storage', load, { writes, disk, databaseKB });
  console.table(writes);
  console.table(disk);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
