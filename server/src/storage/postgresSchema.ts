import type { PoolClient } from 'pg';

/**
 * The PostgreSQL schema as numbered migrations; `schema_version` says how many have run. The
 * pending ones run in one transaction with the version bump, under an advisory lock, so nodes
 * starting at once migrate one after the other and a crash leaves the old or the new version.
 */
const MIGRATIONS: readonly string[] = [
  // 1: workshops; per room a head row (the newest log sequence number, the snapshot and how far
  // it reaches) and the append-only log keyed by (room, seq). Sequence numbers are per room and
  // without holes, so a node that holds up to n and hears of n + 2 knows it missed n + 1.
  `
    CREATE TABLE workshops (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      language TEXT NOT NULL,
      created_at BIGINT NOT NULL,
      join_code TEXT NOT NULL UNIQUE
    );
    CREATE TABLE rooms (
      room TEXT PRIMARY KEY,
      last_seq BIGINT NOT NULL,
      snapshot BYTEA,
      snapshot_seq BIGINT NOT NULL DEFAULT 0,
      updated_at BIGINT NOT NULL
    );
    CREATE TABLE room_updates (
      room TEXT NOT NULL REFERENCES rooms (room),
      seq BIGINT NOT NULL,
      data BYTEA NOT NULL,
      PRIMARY KEY (room, seq)
    );
  `,
  // 2: last activity, for retention. Workshops stored before count as active at the upgrade:
  // their real last activity is not known, and guessing low would delete them unannounced.
  `
    ALTER TABLE workshops ADD COLUMN last_activity BIGINT;
    UPDATE workshops SET last_activity = (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    ALTER TABLE workshops ALTER COLUMN last_activity SET NOT NULL;
    CREATE INDEX workshops_by_last_activity ON workshops (last_activity);
  `,
  // 3: when each room's next erasure of deleted notes' text is due, for the sweep of rooms that
  // are not loaded. Rooms stored before get theirs when they are next loaded.
  `
    CREATE TABLE erasure_due (room TEXT PRIMARY KEY, due_at BIGINT NOT NULL);
    CREATE INDEX erasure_due_by_time ON erasure_due (due_at);
  `,
  // 4: images on notes, per board (the board's room name), under the SHA-256 of their bytes.
  `
    CREATE TABLE note_images (
      board TEXT NOT NULL,
      id TEXT NOT NULL,
      type TEXT NOT NULL,
      width INTEGER NOT NULL,
      height INTEGER NOT NULL,
      data BYTEA NOT NULL,
      stored_at BIGINT NOT NULL,
      PRIMARY KEY (board, id)
    );
  `,
];

export const POSTGRES_SCHEMA_VERSION = MIGRATIONS.length;

// Any constant: the key of the advisory lock that serialises migrations across nodes.
const MIGRATION_LOCK = 4_711_008;

export async function migratePostgres(client: PoolClient): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const result = await client.query<{ version: number }>('SELECT version FROM schema_version');
    const version = result.rows[0]?.version ?? 0;
    for (let next = version; next < MIGRATIONS.length; next++) await client.query(MIGRATIONS[next] ?? '');
    if (result.rows.length === 0) await client.query('INSERT INTO schema_version VALUES ($1)', [MIGRATIONS.length]);
    else await client.query('UPDATE schema_version SET version = $1', [MIGRATIONS.length]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
