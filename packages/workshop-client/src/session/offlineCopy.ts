import type { WorkshopId } from '@avaa/protocol';
import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/** This device's copy of a room in IndexedDB: edits survive going offline and reloading. */
export type OfflineCopy = {
  readonly origin: unknown;
  /**
   * Resolves once what the device stored is in the document (at once for an empty copy), or
   * after READ_WAIT_MS if IndexedDB does not answer (it never rejects).
   */
  readonly read: Promise<void>;
  destroy(): void;
};

const PREFIX = 'avaa:';
/** A browser whose IndexedDB hangs (a private window of some) shows the room without its copy. */
const READ_WAIT_MS = 1000;

export function keepOfflineCopy(room: string, doc: Y.Doc): OfflineCopy {
  const persistence = new IndexeddbPersistence(`${PREFIX}${room}`, doc);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const read = Promise.race([
    persistence.whenSynced.then(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, READ_WAIT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
  // y-indexeddb applies what it stored with itself as the transaction origin.
  return { origin: persistence, read, destroy: () => void persistence.destroy() };
}

/**
 * Deletes this device's copies of every room of a workshop (after the workshop was deleted, or
 * on a shared computer when the day is done). Best effort: a copy still open in another tab is
 * deleted once that tab lets go of it.
 */
export async function forgetOfflineCopies(workshopId: WorkshopId): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const databases = await indexedDB.databases().catch(() => []);
  for (const { name } of databases) {
    if (name?.startsWith(`${PREFIX}${workshopId}/`)) indexedDB.deleteDatabase(name);
  }
}
