import type { DatabaseSync } from 'node:sqlite';
import { WORKSHOP_COLUMNS } from './workshopRow.ts';

/** The SQLite storage's statements (sqlite.ts), prepared once per database. */
export function prepareStatements(db: DatabaseSync) {
  return {
    // OR IGNORE: a taken id or join code inserts nothing, and the caller draws new ones.
    insertWorkshop: db.prepare(
      `INSERT OR IGNORE INTO workshops (${WORKSHOP_COLUMNS}, last_activity) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    // Written only when the stored value is older than the resolution: most appends skip it.
    touchWorkshop: db.prepare('UPDATE workshops SET last_activity = ? WHERE id = ? AND last_activity < ?'),
    inactiveWorkshops: db.prepare('SELECT id FROM workshops WHERE last_activity < ? ORDER BY last_activity'),
    deleteWorkshop: db.prepare('DELETE FROM workshops WHERE id = ?'),
    // A range, not LIKE: it uses the index, and BINARY order puts '0' right after '/'.
    deleteRoomUpdates: db.prepare('DELETE FROM room_updates WHERE room >= ? AND room < ?'),
    deleteRoomSnapshots: db.prepare('DELETE FROM room_snapshots WHERE room >= ? AND room < ?'),
    deleteErasuresDue: db.prepare('DELETE FROM erasure_due WHERE room >= ? AND room < ?'),
    selectErasureDue: db.prepare('SELECT due_at FROM erasure_due WHERE room = ?'),
    upsertErasureDue: db.prepare(
      'INSERT INTO erasure_due (room, due_at) VALUES (?, ?) ON CONFLICT (room) DO UPDATE SET due_at = excluded.due_at',
    ),
    deleteErasureDue: db.prepare('DELETE FROM erasure_due WHERE room = ?'),
    roomsDue: db.prepare('SELECT room FROM erasure_due WHERE due_at <= ? ORDER BY due_at'),
    selectWorkshop: db.prepare(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE id = ?`),
    selectWorkshopByCode: db.prepare(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE join_code = ?`),
    insertUpdate: db.prepare('INSERT INTO room_updates (room, data) VALUES (?, ?) RETURNING id'),
    selectUpdates: db.prepare('SELECT id, data FROM room_updates WHERE room = ? AND id > ? ORDER BY id'),
    lastUpdateId: db.prepare('SELECT MAX(id) AS id FROM room_updates WHERE room = ?'),
    anyUpdate: db.prepare('SELECT 1 AS found FROM room_updates WHERE room = ? LIMIT 1'),
    selectSnapshot: db.prepare('SELECT data, upto_id FROM room_snapshots WHERE room = ?'),
    // The WHERE keeps a snapshot that reaches further than the one offered.
    upsertSnapshot: db.prepare(
      `INSERT INTO room_snapshots (room, data, updated_at, upto_id) VALUES (?, ?, ?, ?)
       ON CONFLICT (room) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at,
         upto_id = excluded.upto_id
       WHERE room_snapshots.upto_id <= excluded.upto_id`,
    ),
    deleteUpdates: db.prepare('DELETE FROM room_updates WHERE room = ? AND id <= ?'),
    countUpdates: db.prepare('SELECT COUNT(*) AS n FROM room_updates WHERE room = ?'),
  };
}

export type SqliteStatements = ReturnType<typeof prepareStatements>;
