import { createStore, deriveReading, type Peer, type Reading, readPeers } from '@avaa/sync-client';
import type { Awareness } from 'y-protocols/awareness';

/** A room without presence (the projector's own side, tests). */
export const NO_PEERS_READING: Reading<readonly Peer[]> = createStore<readonly Peer[]>([]);

/** Everyone else in the room, re-read when awareness changes and kept while it looks the same. */
export function peersReading(awareness: Awareness): Reading<readonly Peer[]> {
  return deriveReading<readonly Peer[]>({
    compute: () => readPeers(awareness),
    share: (previous, next) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next),
    watch(changed) {
      awareness.on('change', changed);
      return () => awareness.off('change', changed);
    },
    watching: 'whileSubscribed',
    notify: 'onNewSnapshot',
  });
}
