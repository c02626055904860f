import { type ImageId, isImageId, isStoredImageType } from '@avaa/protocol';
import type pg from 'pg';
import type { ImagePut, ImageStore, StoredImageBytes, StoredImageEntry } from './images.ts';

/** A statement through the storage's pool (postgres.ts: migrated first, retried while locked). */
type Query = (text: string, values: unknown[]) => Promise<pg.QueryResult>;

/**
 * Note images in PostgreSQL (`note_images`, postgresSchema.ts migration 4), shared by every node:
 * an image uploaded through one node is served by any other.
 */
export class PostgresImageStore implements ImageStore {
  readonly #query: Query;

  constructor(query: Query) {
    this.#query = query;
  }

  async put(board: string, id: ImageId, image: StoredImageBytes, maxPerBoard: number): Promise<ImagePut> {
    const { type, width, height, bytes } = image;
    // One statement: inserted only below the board's bound; two uploads at once may both pass it,
    // which overshoots the bound by at most the uploads under way.
    const result = await this.#query(
      `WITH present AS (SELECT 1 FROM note_images WHERE board = $1 AND id = $2),
         counted AS (SELECT COUNT(*) AS n FROM note_images WHERE board = $1),
         inserted AS (
           INSERT INTO note_images (board, id, type, width, height, data, stored_at)
           SELECT $1, $2, $3, $4, $5, $6, $7 FROM counted WHERE counted.n < $8 AND NOT EXISTS (SELECT 1 FROM present)
           ON CONFLICT DO NOTHING RETURNING 1)
       SELECT EXISTS (SELECT 1 FROM present) AS present, EXISTS (SELECT 1 FROM inserted) AS inserted`,
      [
        board,
        id,
        type,
        width,
        height,
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        Date.now(),
        maxPerBoard,
      ],
    );
    const row = result.rows[0];
    if (row?.inserted === true) return 'stored';
    return row?.present === true ? 'exists' : 'full';
  }

  async get(board: string, id: ImageId): Promise<StoredImageBytes | undefined> {
    const result = await this.#query('SELECT type, width, height, data FROM note_images WHERE board = $1 AND id = $2', [
      board,
      id,
    ]);
    const row = result.rows[0];
    if (!row || !isStoredImageType(row.type) || !(row.data instanceof Uint8Array)) return undefined;
    const data = row.data;
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return { type: row.type, width: Number(row.width), height: Number(row.height), bytes };
  }

  async list(board: string): Promise<StoredImageEntry[]> {
    const result = await this.#query('SELECT id, stored_at FROM note_images WHERE board = $1 ORDER BY stored_at, id', [
      board,
    ]);
    return result.rows.flatMap((row) => (isImageId(row.id) ? [{ id: row.id, storedAt: Number(row.stored_at) }] : []));
  }

  async delete(board: string, ids: readonly ImageId[]): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.#query('DELETE FROM note_images WHERE board = $1 AND id = ANY($2::text[])', [board, ids]);
    return result.rowCount ?? 0;
  }
}

/** Deletes every image of a workshop's boards, inside `deleteWorkshop`'s transaction. */
export async function deleteWorkshopImagesPostgres(client: Pick<pg.PoolClient, 'query'>, workshop: string) {
  await client.query('DELETE FROM note_images WHERE starts_with(board, $1)', [`${workshop}/`]);
}
