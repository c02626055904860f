import { createStore, deriveReading, type Peer, type Reading, readPeers } from '@avaa/sync-client';
import type { Awareness } from 'y-protocols/awareness';

/** A room without presence (the projector's own side, tests). */
export const NO_PEERS_READING: Reading<readonly Peer[]> = createStore<readonly Peer[]>([]);

/** Everyone else in the room, re-read when awareness changes and kept while it looks the same. */
export function peersReading(awareness: Awareness): Reading<readonly Peer[]> {
  return fromPeers(
    awareness,
    (peers) => peers,
    (previous, next) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next),
  );
}

/**
 * Something read from the other peers' presence, re-read on every awareness change but heard only
 * when `share` gives a new snapshot (presence changes several times a second while people type).
 */
export function fromPeers<T>(awareness: Awareness, read: (peers: Peer[]) => T, share: (previous: T, next: T) => T) {
  return deriveReading<T>({
    compute: () => read(readPeers(awareness)),
    share,
    watch(changed) {
      awareness.on('change', changed);
      return () => awareness.off('change', changed);
    },
    watching: 'whileSubscribed',
    notify: 'onNewSnapshot',
  });
}
