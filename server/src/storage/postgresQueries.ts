/** The statements of postgres.ts that do more than one thing at once. */

/**
 * A WITH item that records activity in the room's workshop at time `now`. The WHERE skips (and
 * so does not lock) a row written less than the resolution ago: the rooms of one workshop do not
 * queue for its row on every append. It runs whether or not the main statement reads it.
 */
function touch(now: string, workshop: string, resolution: string): string {
  return `touched AS (UPDATE workshops SET last_activity = ${now} WHERE id = ${workshop} AND last_activity < ${now} - ${resolution})`;
}

/**
 * Appends updates to a room's log as one statement (so one implicit transaction): the upsert
 * of the room's head row takes its row lock and assigns the next sequence numbers, which stay
 * without holes because every writer of the room waits for that lock until the commit.
 */
export const APPEND = `
  WITH head AS (
    INSERT INTO rooms (room, last_seq, updated_at) VALUES ($1, $2, $3)
    ON CONFLICT (room) DO UPDATE SET last_seq = rooms.last_seq + excluded.last_seq, updated_at = excluded.updated_at
    RETURNING last_seq
  ), ${touch('$3', '$5', '$6')}
  INSERT INTO room_updates (room, seq, data)
  SELECT $1, head.last_seq - $2 + u.ord, u.data FROM head, unnest($4::bytea[]) WITH ORDINALITY AS u (data, ord)
  RETURNING seq`;

/** The seed goes in only if the room has no head row yet, i.e. nothing stored at all. */
export const SEED = `
  WITH head AS (
    INSERT INTO rooms (room, last_seq, updated_at) VALUES ($1, 1, $3) ON CONFLICT (room) DO NOTHING RETURNING last_seq
  ), ${touch('$3', '$4', '$5')}
  INSERT INTO room_updates (room, seq, data) SELECT $1, head.last_seq, $2 FROM head RETURNING seq`;

/** One statement, so the snapshot and the log are read from one consistent moment. */
export const READ_ROOM = `
  SELECT r.last_seq,
    CASE WHEN $2 = 0 OR r.snapshot_seq > $2 THEN r.snapshot END AS snapshot,
    COALESCE((SELECT array_agg(u.data ORDER BY u.seq) FROM room_updates u WHERE u.room = r.room AND u.seq > $2),
      '{}') AS updates
  FROM rooms r WHERE r.room = $1`;
