import type { DatabaseSync } from 'node:sqlite';
import { type ImageId, isImageId, isStoredImageType } from '@avaa/protocol';
import type { ImagePut, ImageStore, StoredImageBytes, StoredImageEntry } from './images.ts';

/** Runs `work` in a transaction of the storage's (sqlite.ts): a write, or a read. */
type Transact = <T>(work: () => T) => Promise<T>;

/**
 * Note images in SQLite (`note_images`, sqliteSchema.ts migration 6), through the storage's own
 * transactions, so its file checks, lock retries and durable commits hold for them too.
 */
export class SqliteImageStore implements ImageStore {
  readonly #statements;
  readonly #write: Transact;
  readonly #read: Transact;

  constructor(db: DatabaseSync, write: Transact, read: Transact) {
    this.#write = write;
    this.#read = read;
    this.#statements = {
      count: db.prepare('SELECT COUNT(*) AS n FROM note_images WHERE board = ?'),
      exists: db.prepare('SELECT 1 AS found FROM note_images WHERE board = ? AND id = ?'),
      insert: db.prepare(
        'INSERT INTO note_images (board, id, type, width, height, data, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      select: db.prepare('SELECT type, width, height, data FROM note_images WHERE board = ? AND id = ?'),
      list: db.prepare('SELECT id, stored_at FROM note_images WHERE board = ? ORDER BY stored_at, id'),
      delete: db.prepare('DELETE FROM note_images WHERE board = ? AND id = ?'),
    };
  }

  put(board: string, id: ImageId, image: StoredImageBytes, maxPerBoard: number): Promise<ImagePut> {
    return this.#write(() => {
      if (this.#statements.exists.get(board, id) !== undefined) return 'exists';
      if (Number(this.#statements.count.get(board)?.n ?? 0) >= maxPerBoard) return 'full';
      const { type, width, height, bytes } = image;
      this.#statements.insert.run(board, id, type, width, height, bytes, Date.now());
      return 'stored';
    });
  }

  get(board: string, id: ImageId): Promise<StoredImageBytes | undefined> {
    return this.#read(() => toImage(this.#statements.select.get(board, id)));
  }

  list(board: string): Promise<StoredImageEntry[]> {
    return this.#read(() =>
      this.#statements.list
        .all(board)
        .flatMap((row) => (isImageId(row.id) ? [{ id: row.id, storedAt: Number(row.stored_at) }] : [])),
    );
  }

  delete(board: string, ids: readonly ImageId[]): Promise<number> {
    if (ids.length === 0) return Promise.resolve(0);
    return this.#write(() => ids.reduce((n, id) => n + Number(this.#statements.delete.run(board, id).changes), 0));
  }
}

/** Deletes every image of a workshop's boards (inside `deleteWorkshop`'s transaction): rooms `from` <= board < `to`. */
export function deleteWorkshopImagesSqlite(db: DatabaseSync, from: string, to: string): void {
  db.prepare('DELETE FROM note_images WHERE board >= ? AND board < ?').run(from, to);
}

function toImage(row: Record<string, unknown> | undefined): StoredImageBytes | undefined {
  if (!row || !isStoredImageType(row.type) || !(row.data instanceof Uint8Array)) return undefined;
  return { type: row.type, width: Number(row.width), height: Number(row.height), bytes: row.data };
}
