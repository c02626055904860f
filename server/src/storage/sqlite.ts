import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { isLanguage } from '@avaa/board-model';
import { isWorkshopId, type WorkshopId } from '@avaa/protocol';
import { migrate } from './sqliteSchema.ts';
import type { RoomSeed, RoomStats, Storage, StoredRoom, WorkshopRecord } from './types.ts';

export const DATABASE_FILE = 'avaa.sqlite';

/** Opens (creating or migrating if needed) the SQLite database in `dataDir`. */
export function openSqliteStorage(dataDir: string): Storage {
  mkdirSync(dataDir, { recursive: true });
  const db = new DatabaseSync(join(dataDir, DATABASE_FILE));
  // WAL lets readers run beside the writer; FULL makes every commit survive power loss.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
  migrate(db);
  return new SqliteStorage(db);
}

const WORKSHOP_COLUMNS = 'id, title, language, created_at, join_code';

class SqliteStorage implements Storage {
  readonly #db: DatabaseSync;
  readonly #statements;

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#statements = {
      // OR IGNORE: a taken id or join code inserts nothing, and the caller draws new ones.
      insertWorkshop: db.prepare(`INSERT OR IGNORE INTO workshops (${WORKSHOP_COLUMNS}) VALUES (?, ?, ?, ?, ?)`),
      selectWorkshop: db.prepare(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE id = ?`),
      selectWorkshopByCode: db.prepare(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE join_code = ?`),
      insertUpdate: db.prepare('INSERT INTO room_updates (room, data) VALUES (?, ?) RETURNING id'),
      selectUpdates: db.prepare('SELECT id, data FROM room_updates WHERE room = ? ORDER BY id'),
      anyUpdate: db.prepare('SELECT 1 AS found FROM room_updates WHERE room = ? LIMIT 1'),
      selectSnapshot: db.prepare('SELECT data FROM room_snapshots WHERE room = ?'),
      upsertSnapshot: db.prepare(
        `INSERT INTO room_snapshots (room, data, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (room) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
      ),
      deleteUpdates: db.prepare('DELETE FROM room_updates WHERE room = ? AND id <= ?'),
      countUpdates: db.prepare('SELECT COUNT(*) AS n FROM room_updates WHERE room = ?'),
    };
  }

  async createWorkshop(workshop: WorkshopRecord, seeds: readonly RoomSeed[]): Promise<boolean> {
    return this.#transaction(() => {
      const { id, title, language, createdAt, joinCode } = workshop;
      const inserted = this.#statements.insertWorkshop.run(id, title, language, createdAt, joinCode);
      if (inserted.changes === 0) return false;
      for (const seed of seeds) this.#statements.insertUpdate.get(seed.room, seed.update);
      return true;
    });
  }

  async getWorkshop(id: WorkshopId): Promise<WorkshopRecord | undefined> {
    return toWorkshop(this.#statements.selectWorkshop.get(id));
  }

  async findWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | undefined> {
    return toWorkshop(this.#statements.selectWorkshopByCode.get(joinCode));
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

  async seedRoom(room: string, update: Uint8Array): Promise<number | undefined> {
    // BEGIN IMMEDIATE holds the write lock from the check to the insert: no other writer between.
    return this.#transaction(() => {
      const hasState =
        this.#statements.anyUpdate.get(room) !== undefined || this.#statements.selectSnapshot.get(room) !== undefined;
      return hasState ? undefined : Number(this.#statements.insertUpdate.get(room, update)?.id);
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

function toWorkshop(row: Record<string, unknown> | undefined): WorkshopRecord | undefined {
  if (!row) return undefined;
  const { id, title, language, created_at: createdAt, join_code: joinCode } = row;
  if (!isWorkshopId(id) || typeof title !== 'string' || !isLanguage(language) || typeof joinCode !== 'string') {
    return undefined;
  }
  return { id, title, language, createdAt: Number(createdAt), joinCode };
}

function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  throw new TypeError('Expected a BLOB column');
}
