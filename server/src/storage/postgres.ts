import { isWorkshopId, type WorkshopId } from '@avaa/protocol';
import pg from 'pg';
import { errorFields, type Logger, silentLogger } from '../log.ts';
import type { ImageStore } from './images.ts';
import { deleteWorkshopImagesPostgres, PostgresImageStore } from './imagesPostgres.ts';
import { DEFAULT_LOCK_DEADLINE_MS } from './lockRetry.ts';
import { PostgresPool } from './postgresPool.ts';
import { APPEND, READ_ROOM, SEED } from './postgresQueries.ts';
import {
  ACTIVITY_RESOLUTION_MS,
  type RoomSeed,
  type RoomStats,
  type Storage,
  type StoredRoom,
  type WorkshopRecord,
  workshopOfRoom,
} from './types.ts';
import { toWorkshop, WORKSHOP_COLUMNS } from './workshopRow.ts';

type Queryable = Pick<pg.PoolClient, 'query'>;

export type PostgresOptions = {
  readonly logger?: Logger;
  /** Connections per node; the room write path and the API share them. */
  readonly maxConnections?: number;
  /** How long a write may stay locked out by another transaction (lockRetry.ts); default 10 s. */
  readonly lockDeadlineMs?: number;
};

/**
 * How long one statement waits for a row lock another transaction holds (a slow node, a stuck
 * session) before it gives its connection back and retries (lockRetry.ts): far above a normal
 * append's hold of a room's head row (a commit, milliseconds), far below what would let a few
 * locked rooms hold every pooled connection while the API and the other rooms wait for one.
 */
const LOCK_TIMEOUT_MS = 50;
/** No statement runs longer on the database server; the client gives up a little later. */
const STATEMENT_TIMEOUT_MS = 10_000;

/**
 * PostgreSQL storage (`DATABASE_URL`) for several nodes. Same guarantees as SQLite: every
 * append, seed and compaction is one transaction and resolves after COMMIT with
 * `synchronous_commit = on` (durable on the database server's disk). The schema is migrated on
 * first use; if the database is down then, each call fails (and the next one tries again), so a
 * node starts and reports the outage on /healthz rather than exiting.
 */
export function openPostgresStorage(url: string, options: PostgresOptions = {}): Storage {
  const logger = options.logger ?? silentLogger;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    options: `-c synchronous_commit=on -c lock_timeout=${LOCK_TIMEOUT_MS} -c statement_timeout=${STATEMENT_TIMEOUT_MS}`,
    application_name: 'avaa',
    connectionTimeoutMillis: 5_000,
    query_timeout: STATEMENT_TIMEOUT_MS + 2_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection dropped by a database restart: the pool replaces it; never a crash.
  pool.on('error', (error) => logger('warn', 'postgres-idle-connection-lost', errorFields(error)));
  return new PostgresStorage(new PostgresPool(pool, logger, options.lockDeadlineMs ?? DEFAULT_LOCK_DEADLINE_MS));
}

class PostgresStorage implements Storage {
  readonly #db: PostgresPool;
  readonly images: ImageStore;

  constructor(db: PostgresPool) {
    this.#db = db;
    this.images = new PostgresImageStore((text, values) => db.query(text, values));
  }

  async createWorkshop(workshop: WorkshopRecord, seeds: readonly RoomSeed[]): Promise<boolean> {
    return this.#db.transaction(async (client) => {
      const { id, title, language, createdAt, joinCode } = workshop;
      const inserted = await client.query(
        // Activity starts now, not at createdAt: an imported workshop keeps its old creation time.
        `INSERT INTO workshops (${WORKSHOP_COLUMNS}, last_activity) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING RETURNING id`,
        [id, title, language, createdAt, joinCode, Date.now()],
      );
      if (inserted.rowCount === 0) return false;
      for (const seed of seeds) await append(client, seed.room, [seed.update]);
      return true;
    });
  }

  async getWorkshop(id: WorkshopId): Promise<WorkshopRecord | undefined> {
    const result = await this.#db.query(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE id = $1`, [id]);
    return toWorkshop(result.rows[0]);
  }

  async findWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | undefined> {
    const result = await this.#db.query(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE join_code = $1`, [joinCode]);
    return toWorkshop(result.rows[0]);
  }

  loadRoom(room: string): Promise<StoredRoom> {
    return this.loadRoomSince(room, 0);
  }

  async loadRoomSince(room: string, afterEntryId: number): Promise<StoredRoom> {
    const result = await this.#db.query(READ_ROOM, [room, afterEntryId]);
    const row = result.rows[0];
    if (!row) return { snapshot: undefined, updates: [], lastEntryId: 0 };
    const updates = (row.updates as unknown[]).map(toBytes);
    const snapshot = row.snapshot === null ? undefined : toBytes(row.snapshot);
    return { snapshot, updates, lastEntryId: Number(row.last_seq) };
  }

  async lastEntryIds(rooms: readonly string[]): Promise<Map<string, number>> {
    const result = await this.#db.query('SELECT room, last_seq FROM rooms WHERE room = ANY($1::text[])', [rooms]);
    return new Map(result.rows.map((row) => [String(row.room), Number(row.last_seq)]));
  }

  async seedRoom(room: string, update: Uint8Array): Promise<number | undefined> {
    const result = await this.#db.retried(() =>
      this.#db.pool.query(SEED, [room, toBuffer(update), Date.now(), workshopOfRoom(room), ACTIVITY_RESOLUTION_MS]),
    );
    const seq = result.rows[0]?.seq;
    return seq === undefined ? undefined : Number(seq);
  }

  async appendUpdates(room: string, updates: readonly Uint8Array[]): Promise<number> {
    return this.#db.retried(() => append(this.#db.pool, room, updates));
  }

  async compactRoom(room: string, snapshot: Uint8Array, upToEntryId: number): Promise<void> {
    await this.#db.transaction(async (client) => {
      const head = await client.query('SELECT snapshot_seq FROM rooms WHERE room = $1 FOR UPDATE', [room]);
      const current = head.rows[0];
      // Another node stored a snapshot reaching further: ours would lose what it deleted.
      if (current && Number(current.snapshot_seq) > upToEntryId) return;
      const now = Date.now();
      if (current) {
        await client.query('UPDATE rooms SET snapshot = $2, snapshot_seq = $3, updated_at = $4 WHERE room = $1', [
          room,
          toBuffer(snapshot),
          upToEntryId,
          now,
        ]);
      } else {
        await client.query(
          'INSERT INTO rooms (room, last_seq, snapshot, snapshot_seq, updated_at) VALUES ($1, $2, $3, $2, $4)',
          [room, upToEntryId, toBuffer(snapshot), now],
        );
      }
      await client.query('DELETE FROM room_updates WHERE room = $1 AND seq <= $2', [room, upToEntryId]);
    });
  }

  async roomStats(room: string): Promise<RoomStats> {
    const result = await this.#db.query(
      `SELECT (SELECT COUNT(*) FROM room_updates WHERE room = $1) AS entries,
        EXISTS (SELECT 1 FROM rooms WHERE room = $1 AND snapshot IS NOT NULL) AS has_snapshot`,
      [room],
    );
    const row = result.rows[0];
    return { logEntries: Number(row?.entries ?? 0), hasSnapshot: row?.has_snapshot === true };
  }

  async purgeDeleted(): Promise<void> {
    // Dead row versions stay in the table files until (auto)vacuum reuses their space:
    // server/README.md "Erasure". A VACUUM per compaction would cost more than it is worth.
  }

  async erasureDue(room: string): Promise<number | undefined> {
    const result = await this.#db.query('SELECT due_at FROM erasure_due WHERE room = $1', [room]);
    const row = result.rows[0];
    return row === undefined ? undefined : Number(row.due_at);
  }

  async setErasureDue(room: string, dueAt: number | undefined): Promise<void> {
    if (dueAt === undefined) await this.#db.query('DELETE FROM erasure_due WHERE room = $1', [room]);
    else {
      await this.#db.query(
        'INSERT INTO erasure_due (room, due_at) VALUES ($1, $2) ON CONFLICT (room) DO UPDATE SET due_at = excluded.due_at',
        [room, dueAt],
      );
    }
  }

  async roomsDueForErasure(at: number): Promise<string[]> {
    const result = await this.#db.query('SELECT room FROM erasure_due WHERE due_at <= $1 ORDER BY due_at', [at]);
    return result.rows.map((row) => String(row.room));
  }

  async deleteWorkshop(id: WorkshopId): Promise<boolean> {
    const deleted = await this.#db.transaction(async (client) => {
      // The head rows are few; their names then let the log's primary key find the entries.
      // Locked before the workshop row, in the order an append takes them: no deadlock.
      const heads = await client.query('SELECT room FROM rooms WHERE starts_with(room, $1) ORDER BY room FOR UPDATE', [
        `${id}/`,
      ]);
      const rooms = heads.rows.map((row) => String(row.room));
      const removed = await client.query('DELETE FROM workshops WHERE id = $1 RETURNING id', [id]);
      await client.query('DELETE FROM room_updates WHERE room = ANY($1::text[])', [rooms]);
      await client.query('DELETE FROM rooms WHERE room = ANY($1::text[])', [rooms]);
      await client.query('DELETE FROM erasure_due WHERE starts_with(room, $1)', [`${id}/`]);
      await deleteWorkshopImagesPostgres(client, id);
      return (removed.rowCount ?? 0) > 0;
    });
    this.#db.vacuumSoon();
    return deleted;
  }

  async workshopsInactiveSince(before: number): Promise<WorkshopId[]> {
    const result = await this.#db.query('SELECT id FROM workshops WHERE last_activity < $1 ORDER BY last_activity', [
      before,
    ]);
    return result.rows.map((row) => row.id).filter(isWorkshopId);
  }

  async ping(): Promise<void> {
    await this.#db.ready();
    await this.#db.pool.query('SELECT 1');
  }

  close(): Promise<void> {
    return this.#db.close();
  }
}

async function append(db: Queryable, room: string, updates: readonly Uint8Array[]): Promise<number> {
  if (updates.length === 0) {
    const head = await db.query('SELECT last_seq FROM rooms WHERE room = $1', [room]);
    return Number(head.rows[0]?.last_seq ?? 0);
  }
  const values = [
    room,
    updates.length,
    Date.now(),
    updates.map(toBuffer),
    workshopOfRoom(room),
    ACTIVITY_RESOLUTION_MS,
  ];
  const result = await db.query(APPEND, values);
  return result.rows.reduce((last: number, row) => Math.max(last, Number(row.seq)), 0);
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A plain Uint8Array view of a bytea value (pg returns Buffers). */
function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError('Expected a bytea value');
}
