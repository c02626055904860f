import { isLanguage } from '@avaa/board-model';
import { isWorkshopId, type WorkshopId } from '@avaa/protocol';
import pg from 'pg';
import { errorFields, type Logger, silentLogger } from '../log.ts';
import { migratePostgres } from './postgresSchema.ts';
import type { RoomSeed, RoomStats, Storage, StoredRoom, WorkshopRecord } from './types.ts';

type Queryable = Pick<pg.PoolClient, 'query'>;

const WORKSHOP_COLUMNS = 'id, title, language, created_at, join_code';

/**
 * Appends updates to a room's log as one statement (so one implicit transaction): the upsert
 * of the room's head row takes its row lock and assigns the next sequence numbers, which stay
 * without holes because every writer of the room waits for that lock until the commit.
 */
const APPEND = `
  WITH head AS (
    INSERT INTO rooms (room, last_seq, updated_at) VALUES ($1, $2, $3)
    ON CONFLICT (room) DO UPDATE SET last_seq = rooms.last_seq + excluded.last_seq, updated_at = excluded.updated_at
    RETURNING last_seq
  )
  INSERT INTO room_updates (room, seq, data)
  SELECT $1, head.last_seq - $2 + u.ord, u.data FROM head, unnest($4::bytea[]) WITH ORDINALITY AS u (data, ord)
  RETURNING seq`;

/** The seed goes in only if the room has no head row yet, i.e. nothing stored at all. */
const SEED = `
  WITH head AS (
    INSERT INTO rooms (room, last_seq, updated_at) VALUES ($1, 1, $3) ON CONFLICT (room) DO NOTHING RETURNING last_seq
  )
  INSERT INTO room_updates (room, seq, data) SELECT $1, head.last_seq, $2 FROM head RETURNING seq`;

/** One statement, so the snapshot and the log are read from one consistent moment. */
const READ_ROOM = `
  SELECT r.last_seq,
    CASE WHEN $2 = 0 OR r.snapshot_seq > $2 THEN r.snapshot END AS snapshot,
    COALESCE((SELECT array_agg(u.data ORDER BY u.seq) FROM room_updates u WHERE u.room = r.room AND u.seq > $2),
      '{}') AS updates
  FROM rooms r WHERE r.room = $1`;

export type PostgresOptions = {
  readonly logger?: Logger;
  /** Connections per node; the room write path and the API share them. */
  readonly maxConnections?: number;
};

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
    options: '-c synchronous_commit=on',
    application_name: 'avaa',
    connectionTimeoutMillis: 5_000,
    query_timeout: 15_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection dropped by a database restart: the pool replaces it; never a crash.
  pool.on('error', (error) => logger('warn', 'postgres-idle-connection-lost', errorFields(error)));
  return new PostgresStorage(pool);
}

class PostgresStorage implements Storage {
  readonly #pool: pg.Pool;
  #migrated: Promise<void> | undefined;
  #closed: Promise<void> | undefined;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async createWorkshop(workshop: WorkshopRecord, seeds: readonly RoomSeed[]): Promise<boolean> {
    return this.#transaction(async (client) => {
      const { id, title, language, createdAt, joinCode } = workshop;
      const inserted = await client.query(
        `INSERT INTO workshops (${WORKSHOP_COLUMNS}) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
        [id, title, language, createdAt, joinCode],
      );
      if (inserted.rowCount === 0) return false;
      for (const seed of seeds) await append(client, seed.room, [seed.update]);
      return true;
    });
  }

  async getWorkshop(id: WorkshopId): Promise<WorkshopRecord | undefined> {
    const result = await this.#query(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE id = $1`, [id]);
    return toWorkshop(result.rows[0]);
  }

  async findWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | undefined> {
    const result = await this.#query(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE join_code = $1`, [joinCode]);
    return toWorkshop(result.rows[0]);
  }

  loadRoom(room: string): Promise<StoredRoom> {
    return this.loadRoomSince(room, 0);
  }

  async loadRoomSince(room: string, afterEntryId: number): Promise<StoredRoom> {
    const result = await this.#query(READ_ROOM, [room, afterEntryId]);
    const row = result.rows[0];
    if (!row) return { snapshot: undefined, updates: [], lastEntryId: 0 };
    const updates = (row.updates as unknown[]).map(toBytes);
    const snapshot = row.snapshot === null ? undefined : toBytes(row.snapshot);
    return { snapshot, updates, lastEntryId: Number(row.last_seq) };
  }

  async lastEntryIds(rooms: readonly string[]): Promise<Map<string, number>> {
    const result = await this.#query('SELECT room, last_seq FROM rooms WHERE room = ANY($1::text[])', [rooms]);
    return new Map(result.rows.map((row) => [String(row.room), Number(row.last_seq)]));
  }

  async seedRoom(room: string, update: Uint8Array): Promise<number | undefined> {
    const result = await this.#query(SEED, [room, toBuffer(update), Date.now()]);
    const seq = result.rows[0]?.seq;
    return seq === undefined ? undefined : Number(seq);
  }

  async appendUpdates(room: string, updates: readonly Uint8Array[]): Promise<number> {
    await this.#ready();
    return append(this.#pool, room, updates);
  }

  async compactRoom(room: string, snapshot: Uint8Array, upToEntryId: number): Promise<void> {
    await this.#transaction(async (client) => {
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
    const result = await this.#query(
      `SELECT (SELECT COUNT(*) FROM room_updates WHERE room = $1) AS entries,
        EXISTS (SELECT 1 FROM rooms WHERE room = $1 AND snapshot IS NOT NULL) AS has_snapshot`,
      [room],
    );
    const row = result.rows[0];
    return { logEntries: Number(row?.entries ?? 0), hasSnapshot: row?.has_snapshot === true };
  }

  async ping(): Promise<void> {
    await this.#ready();
    await this.#pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    this.#closed ??= this.#pool.end();
    await this.#closed;
  }

  /** Migrates once; a failed attempt (database down) is forgotten so the next call tries again. */
  #ready(): Promise<void> {
    this.#migrated ??= this.#migrate().catch((error: unknown) => {
      this.#migrated = undefined;
      throw error;
    });
    return this.#migrated;
  }

  async #migrate(): Promise<void> {
    const client = await this.#pool.connect();
    try {
      await migratePostgres(client);
    } finally {
      client.release();
    }
  }

  async #query(text: string, values: unknown[]): Promise<pg.QueryResult> {
    await this.#ready();
    return this.#pool.query(text, values);
  }

  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.#ready();
    const client = await this.#pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      // A connection that could not even roll back is not given to the next caller.
      client.release(broken);
    }
  }
}

async function append(db: Queryable, room: string, updates: readonly Uint8Array[]): Promise<number> {
  if (updates.length === 0) {
    const head = await db.query('SELECT last_seq FROM rooms WHERE room = $1', [room]);
    return Number(head.rows[0]?.last_seq ?? 0);
  }
  const result = await db.query(APPEND, [room, updates.length, Date.now(), updates.map(toBuffer)]);
  return result.rows.reduce((last: number, row) => Math.max(last, Number(row.seq)), 0);
}

function toWorkshop(row: Record<string, unknown> | undefined): WorkshopRecord | undefined {
  if (!row) return undefined;
  const { id, title, language, created_at: createdAt, join_code: joinCode } = row;
  if (!isWorkshopId(id) || typeof title !== 'string' || !isLanguage(language) || typeof joinCode !== 'string') {
    return undefined;
  }
  return { id, title, language, createdAt: Number(createdAt), joinCode };
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A plain Uint8Array view of a bytea value (pg returns Buffers). */
function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError('Expected a bytea value');
}
