import type { DatabaseSync } from 'node:sqlite';
import { newJoinCode } from '../joinCodes.ts';

/**
 * The SQLite schema as numbered migrations; PRAGMA user_version says how many have run. Each
 * runs in its own transaction together with the version bump, so a crash leaves either the old
 * or the new version, never half of one.
 */
const MIGRATIONS: readonly ((db: DatabaseSync) => void)[] = [
  // 1: workshops, the append-only update log and one snapshot per room.
  (db) =>
    db.exec(`
      CREATE TABLE IF NOT EXISTS workshops (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        language TEXT NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;
      -- A global AUTOINCREMENT id is never reused, so "delete up to id" stays correct after compaction.
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
    `),
  // 2: join codes. Workshops created before get one here, so every workshop has a code.
  (db) => {
    db.exec(`
      ALTER TABLE workshops ADD COLUMN join_code TEXT;
      CREATE UNIQUE INDEX workshops_by_join_code ON workshops (join_code);
    `);
    const missing = db.prepare('SELECT id FROM workshops WHERE join_code IS NULL').all();
    const assign = db.prepare('UPDATE OR IGNORE workshops SET join_code = ? WHERE id = ?');
    for (const { id } of missing) {
      // OR IGNORE skips a code that is taken; try another.
      while (assign.run(newJoinCode(), String(id)).changes === 0);
    }
  },
  // 3: how far each snapshot reaches, so a node catching up knows whether it needs the snapshot
  // and an older snapshot never replaces a newer one. 0 for old rows: they reach "somewhere".
  (db) => db.exec('ALTER TABLE room_snapshots ADD COLUMN upto_id INTEGER NOT NULL DEFAULT 0'),
  // 4: last activity, for retention. Workshops stored before count as active at the upgrade:
  // their real last activity is not known, and guessing low would delete them unannounced.
  (db) => {
    db.exec(`
      ALTER TABLE workshops ADD COLUMN last_activity INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX workshops_by_last_activity ON workshops (last_activity);
    `);
    db.prepare('UPDATE workshops SET last_activity = ?').run(Date.now());
  },
  // 5: when each room's next erasure of deleted notes' text is due, for the sweep of rooms that
  // are not loaded. Rooms stored before get theirs when they are next loaded.
  (db) =>
    db.exec(`
      CREATE TABLE erasure_due (room TEXT PRIMARY KEY, due_at INTEGER NOT NULL) STRICT;
      CREATE INDEX erasure_due_by_time ON erasure_due (due_at);
    `),
  // 6: images on notes, per board (the board's room name), under the SHA-256 of their bytes.
  (db) =>
    db.exec(`
      CREATE TABLE note_images (
        board TEXT NOT NULL,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        data BLOB NOT NULL,
        stored_at INTEGER NOT NULL,
        PRIMARY KEY (board, id)
      ) STRICT;
    `),
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: DatabaseSync): void {
  const version = Number(db.prepare('PRAGMA user_version').get()?.user_version ?? 0);
  for (let next = version; next < MIGRATIONS.length; next++) {
    db.exec('BEGIN IMMEDIATE');
    try {
      MIGRATIONS[next]?.(db);
      db.exec(`PRAGMA user_version = ${next + 1}`);
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }
}
