import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { isLanguage } from '@avaa/board-model';
import { isWorkshopId, type WorkshopId } from '@avaa/protocol';
import type { RoomStats, Storage, StoredRoom, WorkshopRecord } from './types.ts';

export const DATABASE_FILE = 'avaa.sqlite';

// Version 1. Later versions add migrations keyed on PRAGMA user_version.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  language TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
-- Append-only log of the updates the server's Y.Doc emitted. A global AUTOINCREMENT id is
-- never reused, so "delete up to id" stays correct after compaction.
CREATE TABLE IF NOT EXISTS room_updates (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  data BLOB NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS room_updates_by_room ON room_updates (room, id);
CREATE TABLE IF NOT EXISTS room_snapshots (
  room TEXT PRIMARY KEY,
  data BLOB NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
PRAGMA user_version = 1;
`;

/** Opens (creating if needed) the SQLite database in `dataDir`. */
export function openSqliteStorage(dataDir: string): Storage {
  mkdirSync(dataDir, { recursive: true });
  const db = new DatabaseSync(join(dataDir, DATABASE_FILE));
  // WAL lets readers run beside the writer; FULL makes every commit survive power loss.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
  db.exec(SCHEMA);
  return new SqliteStorage(db);
}

class SqliteStorage implements Storage {
  readonly #db: DatabaseSync;
  readonly #statements;

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#statements = {
      insertWorkshop: db.prepare(
        'INSERT OR IGNORE INTO workshops (id, title, language, created_at) VALUES (?, ?, ?, ?)',
      ),
      selectWorkshop: db.prepare('SELECT id, title, language, created_at FROM workshops WHERE id = ?'),
      insertUpdate: db.prepare('INSERT INTO room_updates (room, data) VALUES (?, ?) RETURNING id'),
      selectUpdates: db.prepare('SELECT id, data FROM room_updates WHERE room = ? ORDER BY id'),
      selectSnapshot: db.prepare('SELECT data FROM room_snapshots WHERE room = ?'),
      upsertSnapshot: db.prepare(
        `INSERT INTO room_snapshots (room, data, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (room) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
      ),
      deleteUpdates: db.prepare('DELETE FROM room_updates WHERE room = ? AND id <= ?'),
      countUpdates: db.prepare('SELECT COUNT(*) AS n FROM room_updates WHERE room = ?'),
    };
  }

  async createWorkshop(workshop: WorkshopRecord, room: string, firstUpdate: Uint8Array): Promise<boolean> {
    return this.#transaction(() => {
      const { id, title, language, createdAt } = workshop;
      const inserted = this.#statements.insertWorkshop.run(id, title, language, createdAt);
      if (inserted.changes === 0) return false;
      this.#statements.insertUpdate.get(room, firstUpdate);
      return true;
    });
  }

  async getWorkshop(id: WorkshopId): Promise<WorkshopRecord | undefined> {
    const row = this.#statements.selectWorkshop.get(id);
    if (!row) return undefined;
    const { title, language, created_at: createdAt } = row;
    if (!isWorkshopId(row.id) || typeof title !== 'string' || !isLanguage(language)) return undefined;
    return { id: row.id, title, language, createdAt: Number(createdAt) };
  }

  async loadRoom(room: string): Promise<StoredRoom> {
    // One read transaction, so the snapshot and the log come from the same moment.
    return this.#transaction(() => {
      const snapshotRow = this.#statements.selectSnapshot.get(room);
      const rows = this.#statements.selectUpdates.all(room);
      const updates = rows.map((row) => toBytes(row.data));
      const lastEntryId = rows.length > 0 ? Number(rows[rows.length - 1]?.id) : 0;
      return { snapshot: snapshotRow ? toBytes(snapshotRow.data) : undefined, updates, lastEntryId };
    });
  }

  async appendUpdates(room: string, updates: readonly Uint8Array[]): Promise<number> {
    return this.#transaction(() => {
      let lastId = 0;
      for (const update of updates) {
        lastId = Number(this.#statements.insertUpdate.get(room, update)?.id);
      }
      return lastId;
    });
  }

  async compactRoom(room: string, snapshot: Uint8Array, upToEntryId: number): Promise<void> {
    this.#transaction(() => {
      this.#statements.upsertSnapshot.run(room, snapshot, Date.now());
      this.#statements.deleteUpdates.run(room, upToEntryId);
    });
  }

  async roomStats(room: string): Promise<RoomStats> {
    const logEntries = Number(this.#statements.countUpdates.get(room)?.n ?? 0);
    return { logEntries, hasSnapshot: this.#statements.selectSnapshot.get(room) !== undefined };
  }

  async close(): Promise<void> {
    if (this.#db.isOpen) this.#db.close();
  }

  #transaction<T>(work: () => T): T {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
      throw error;
    }
  }
}

function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  throw new TypeError('Expected a BLOB column');
}
