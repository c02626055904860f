import { closeSync, fsyncSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { isWorkshopId, type WorkshopId } from '@avaa/protocol';
import { type AppendBatch, AppendBatcher } from './appendBatcher.ts';
import type { ImageStore } from './images.ts';
import { deleteWorkshopImagesSqlite, SqliteImageStore } from './imagesSqlite.ts';
import { DEFAULT_LOCK_DEADLINE_MS } from './lockRetry.ts';
import { ShmGuard, type StorageDamagedError } from './shmGuard.ts';
import { migrate } from './sqliteSchema.ts';
import { prepareStatements } from './sqliteStatements.ts';
import { SqliteWriter } from './sqliteWriter.ts';
import {
  ACTIVITY_RESOLUTION_MS,
  type RoomSeed,
  type RoomStats,
  type Storage,
  type StoredRoom,
  type WorkshopRecord,
  workshopOfRoom,
} from './types.ts';
import { type SyncFile, WalSync } from './walSync.ts';
import { toWorkshop } from './workshopRow.ts';

export const DATABASE_FILE = 'avaa.sqlite';

/**
 * At most this often a commit (and its fsync) under load: the appends of every room in that
 * time share one. It delays only the "saved" answer, never what other clients see (rooms relay
 * at once), and keeps the commits' CPU (mostly the kernel's, in the fsync) small however many
 * rooms write.
 */
const COMMIT_INTERVAL_MS = 25;

/**
 * How long SQLite itself waits for a lock another connection holds: it sleeps on this thread,
 * so it is kept short; a write still locked out retries asynchronously (sqliteWriter.ts).
 */
const BUSY_TIMEOUT_MS = 20;

export type SqliteOptions = {
  /** How long a write may stay locked out (lockRetry.ts); default 10 s. */
  readonly busyDeadlineMs?: number;
  /** Called once when the database's files were changed under the server (shmGuard.ts). */
  readonly onDamaged?: (error: StorageDamagedError) => void;
  /** Flushes the WAL file to the disk (walSync.ts); tests slow it down. */
  readonly syncFile?: SyncFile;
};

/** Opens (creating or migrating if needed) the SQLite database in `dataDir`. */
export function openSqliteStorage(dataDir: string, options: SqliteOptions = {}): Storage {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, DATABASE_FILE);
  const db = new DatabaseSync(path, { timeout: BUSY_TIMEOUT_MS });
  // WAL lets readers run beside the writer; NORMAL syncs the WAL around checkpoints and leaves
  // the sync of each commit to walSync.ts, off the event loop: a write resolves only after it,
  // so every resolved write survives power loss as with FULL;
  // secure_delete zeroes deleted rows and freed pages, so erased text leaves the file.
  // mmap_size = 0 (as built): the database file is read, never memory-mapped, so a file cut
  // short under the server is an I/O error, not a SIGBUS.
  db.exec(
    `PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};
     PRAGMA secure_delete = ON; PRAGMA mmap_size = 0;`,
  );
  migrate(db);
  // The WAL file exists now (opened by the first read); its name is made durable once, as
  // SQLite's FULL does at its first sync (walSync.ts syncs only the file's data).
  syncDirectorySync(dataDir);
  const guard = new ShmGuard(path);
  return new SqliteStorage(db, guard, new WalSync(`${path}-wal`, options.syncFile), options);
}

function syncDirectorySync(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

class SqliteStorage implements Storage {
  readonly #db: DatabaseSync;
  readonly #prepared;
  readonly images: ImageStore;
  readonly #guard: ShmGuard;
  readonly #writer: SqliteWriter;
  // node:sqlite is synchronous: each commit runs on this thread (its fsync does not: walSync.ts).
  readonly #appends = new AppendBatcher((batch) => this.#appendBatch(batch), COMMIT_INTERVAL_MS);

  constructor(db: DatabaseSync, guard: ShmGuard, walSync: WalSync, options: SqliteOptions) {
    this.#db = db;
    this.#guard = guard;
    this.#writer = new SqliteWriter(db, guard, walSync, {
      busyDeadlineMs: options.busyDeadlineMs ?? DEFAULT_LOCK_DEADLINE_MS,
      onDamaged: options.onDamaged ?? (() => {}),
    });
    this.#prepared = prepareStatements(db);
    this.images = new SqliteImageStore(
      db,
      (work) => this.#writer.write(work),
      async (work) => this.#writer.transaction('BEGIN', work),
    );
  }

  /**
   * Every statement is reached through here: the files are checked first (shmGuard.ts), once
   * per transaction inside one (`transaction` checks at its start; no other code runs until it
   * ends).
   */
  get #statements() {
    if (!this.#db.isOpen || !this.#db.isTransaction) this.#writer.checkFiles();
    return this.#prepared;
  }

  async createWorkshop(workshop: WorkshopRecord, seeds: readonly RoomSeed[]): Promise<boolean> {
    return this.#writer.write(() => {
      const { id, title, language, createdAt, joinCode } = workshop;
      // Activity starts now, not at createdAt: an imported workshop keeps its old creation time.
      const inserted = this.#statements.insertWorkshop.run(id, title, language, createdAt, joinCode, Date.now());
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
    return this.#readRoom(room, 0);
  }

  async loadRoomSince(room: string, afterEntryId: number): Promise<StoredRoom> {
    return this.#readRoom(room, afterEntryId);
  }

  async lastEntryIds(rooms: readonly string[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const room of rooms) {
      const id = this.#statements.lastUpdateId.get(room)?.id;
      const snapshotId = this.#statements.selectSnapshot.get(room)?.upto_id;
      if (id !== null && id !== undefined) ids.set(room, Number(id));
      else if (snapshotId !== undefined) ids.set(room, Number(snapshotId));
    }
    return ids;
  }

  #readRoom(room: string, afterEntryId: number): StoredRoom {
    // One read transaction, so the snapshot and the log come from the same moment (WAL: readers
    // never wait for a writer).
    return this.#writer.transaction('BEGIN', () => {
      const snapshotRow = this.#statements.selectSnapshot.get(room);
      const rows = this.#statements.selectUpdates.all(room, afterEntryId);
      const updates = rows.map((row) => toBytes(row.data));
      const snapshotId = Number(snapshotRow?.upto_id ?? 0);
      const lastEntryId = rows.length > 0 ? Number(rows[rows.length - 1]?.id) : snapshotId;
      const wanted = snapshotRow && (afterEntryId === 0 || snapshotId > afterEntryId);
      return { snapshot: wanted ? toBytes(snapshotRow.data) : undefined, updates, lastEntryId };
    });
  }

  async seedRoom(room: string, update: Uint8Array): Promise<number | undefined> {
    // BEGIN IMMEDIATE holds the write lock from the check to the insert: no other writer between.
    return this.#writer.write(() => {
      const hasState =
        this.#statements.anyUpdate.get(room) !== undefined || this.#statements.selectSnapshot.get(room) !== undefined;
      if (hasState) return undefined;
      this.#touch([room]);
      return Number(this.#statements.insertUpdate.get(room, update)?.id);
    });
  }

  /** Group commit (appendBatcher.ts); resolves after the commit. */
  appendUpdates(room: string, updates: readonly Uint8Array[]): Promise<number> {
    return this.#appends.append(room, updates);
  }

  #appendBatch(batch: AppendBatch): Promise<number[]> {
    return this.#writer.write(() => {
      this.#touch(batch.map(({ room }) => room));
      return batch.map(({ room, updates }) => this.#insertUpdates(room, updates));
    });
  }

  /** Records activity in the workshops of `rooms`: one UPDATE per workshop. */
  #touch(rooms: readonly string[]): void {
    const now = Date.now();
    for (const workshop of new Set(rooms.map(workshopOfRoom))) {
      this.#statements.touchWorkshop.run(now, workshop, now - ACTIVITY_RESOLUTION_MS);
    }
  }

  #insertUpdates(room: string, updates: readonly Uint8Array[]): number {
    let lastId = 0;
    for (const update of updates) lastId = Number(this.#statements.insertUpdate.get(room, update)?.id);
    return lastId;
  }

  async compactRoom(room: string, snapshot: Uint8Array, upToEntryId: number): Promise<void> {
    await this.#writer.write(() => {
      const stored = this.#statements.upsertSnapshot.run(room, snapshot, Date.now(), upToEntryId);
      if (stored.changes > 0) this.#statements.deleteUpdates.run(room, upToEntryId);
    });
  }

  async roomStats(room: string): Promise<RoomStats> {
    const logEntries = Number(this.#statements.countUpdates.get(room)?.n ?? 0);
    return { logEntries, hasSnapshot: this.#statements.selectSnapshot.get(room) !== undefined };
  }

  async purgeDeleted(): Promise<void> {
    // Appends waiting for their commit first: the checkpoint then leaves an empty log behind.
    this.#appends.flush();
    await this.#writer.lockedOut;
    // TRUNCATE: every frame goes into the main file (where secure_delete zeroed deleted rows)
    // and the WAL file is cut to zero bytes, so no old page version survives in it.
    this.#writer.checkFiles();
    const result = this.#db.prepare('PRAGMA wal_checkpoint(TRUNCATE)').get();
    if (Number(result?.busy ?? 0) !== 0) throw new Error('the WAL checkpoint was blocked by a reader');
  }

  async erasureDue(room: string): Promise<number | undefined> {
    const row = this.#statements.selectErasureDue.get(room);
    return row === undefined ? undefined : Number(row.due_at);
  }

  async setErasureDue(room: string, dueAt: number | undefined): Promise<void> {
    await this.#writer.write(() => {
      if (dueAt === undefined) this.#statements.deleteErasureDue.run(room);
      else this.#statements.upsertErasureDue.run(room, dueAt);
    });
  }

  async roomsDueForErasure(at: number): Promise<string[]> {
    return this.#statements.roomsDue.all(at).map((row) => String(row.room));
  }

  async deleteWorkshop(id: WorkshopId): Promise<boolean> {
    const deleted = await this.#writer.write(() => {
      const removed = this.#statements.deleteWorkshop.run(id).changes > 0;
      const [from, to] = [`${id}/`, `${id}0`];
      this.#statements.deleteRoomUpdates.run(from, to);
      this.#statements.deleteRoomSnapshots.run(from, to);
      this.#statements.deleteErasuresDue.run(from, to);
      deleteWorkshopImagesSqlite(this.#db, from, to);
      return removed;
    });
    await this.purgeDeleted();
    return deleted;
  }

  async workshopsInactiveSince(before: number): Promise<WorkshopId[]> {
    const rows = this.#statements.inactiveWorkshops.all(before);
    return rows.map((row) => row.id).filter(isWorkshopId);
  }

  async ping(): Promise<void> {
    // A local file: reachable whenever the process runs (a full disk shows when writing).
  }

  async close(): Promise<void> {
    // Damaged files are left alone: closing would touch the cut mapping (shmGuard.ts).
    if (this.#guard.damaged) return;
    // Appends waiting for their commit are committed, not dropped, before the database closes.
    if (this.#db.isOpen) this.#appends.flush();
    await this.#writer.lockedOut?.catch(() => {});
    await this.#writer.idle();
    if (this.#db.isOpen) this.#db.close();
  }
}

function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  throw new TypeError('Expected a BLOB column');
}
