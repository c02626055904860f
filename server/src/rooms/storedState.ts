import * as Y from 'yjs';
import type { StoredRoom } from '../storage/types.ts';

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
