import * as Y from 'yjs';
import type { Logger } from '../log.ts';
import type { Storage, StoredRoom } from '../storage/types.ts';

/** A stored snapshot and log, applied as one transaction (one update event, one relay). */
export function applyStored(doc: Y.Doc, stored: StoredRoom, origin: unknown): void {
  Y.transact(
    doc,
    () => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    },
    origin,
  );
}

/** Bytes of a stored snapshot and log. */
export function storedBytes(stored: StoredRoom): number {
  return stored.updates.reduce((sum, update) => sum + update.byteLength, stored.snapshot?.byteLength ?? 0);
}

/** Nothing stored: no snapshot, no log entry. */
export function isEmpty(stored: StoredRoom): boolean {
  return stored.snapshot === undefined && stored.updates.length === 0;
}

/**
 * A room's stored state; for a room with nothing stored, its seed. The seed is durable before
 * the room is ready, so no client sees a seed that a crash could lose (and a reload seed again);
 * storage writes it only into an empty room, so it is never stored twice.
 */
export async function storedOrSeeded(
  room: string,
  { storage, seed, logger }: { storage: Storage; seed: (() => Uint8Array) | undefined; logger: Logger },
  loading: () => boolean,
): Promise<StoredRoom> {
  const stored = await storage.loadRoom(room);
  if (!seed || !isEmpty(stored) || !loading()) return stored;
  const update = seed();
  const entryId = await storage.seedRoom(room, update);
  // Someone else stored state first (another server on the same storage): load theirs.
  if (entryId === undefined) return storage.loadRoom(room);
  logger('info', 'room-seeded', { room });
  return { snapshot: undefined, updates: [update], lastEntryId: entryId };
}
