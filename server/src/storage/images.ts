import type { ImageId, StoredImageType } from '@avaa/protocol';

/** A note image as stored: re-encoded bytes without metadata (http/imageEncoding.ts), and what they are. */
export type StoredImageBytes = {
  readonly type: StoredImageType;
  readonly width: number;
  readonly height: number;
  readonly bytes: Uint8Array;
};

export type StoredImageEntry = { readonly id: ImageId; readonly storedAt: number };

/** What storing an image did: stored now, already stored for the board, or refused (the board is full). */
export type ImagePut = 'stored' | 'exists' | 'full';

/**
 * Note images, kept per board (the board's room name, `<workshop id>/...`, so a workshop's
 * deletion removes them with its rooms) under their id, the SHA-256 of their bytes. The same image
 * uploaded to two boards is two rows: a board's rights never reach another board's image.
 * Backends: imagesSqlite.ts, imagesPostgres.ts (the one every node shares, so any node serves an
 * image another stored).
 */
export interface ImageStore {
  /** Stores the image for the board unless it is there already or the board holds `maxPerBoard`. */
  put(board: string, id: ImageId, image: StoredImageBytes, maxPerBoard: number): Promise<ImagePut>;
  get(board: string, id: ImageId): Promise<StoredImageBytes | undefined>;
  /** The images stored for the board, oldest first, with when each was stored (ms). */
  list(board: string): Promise<StoredImageEntry[]>;
  /**
   * Deletes these images of the board; resolves how many there were. The caller purges
   * (`Storage.purgeDeleted`) so that the bytes leave the database's files too.
   */
  delete(board: string, ids: readonly ImageId[]): Promise<number>;
}
