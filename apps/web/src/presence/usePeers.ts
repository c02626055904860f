import { type Peer, readPeers } from '@avaa/sync-client';
import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';

const NO_PEERS: readonly Peer[] = [];

/** Everyone else in the room, re-read when awareness changes (not on every heartbeat). */
export function usePeers(awareness: Awareness | null): readonly Peer[] {
  const source = useMemo(() => {
    let snapshot = NO_PEERS;
    let signature = '';
    const read = () => {
      if (!awareness) return;
      const peers = readPeers(awareness);
      const next = JSON.stringify(peers);
      if (next !== signature) {
        signature = next;
        snapshot = peers;
      }
    };
    return {
      subscribe(listener: () => void) {
        if (!awareness) return () => {};
        const onChange = () => {
          read();
          listener();
        };
        awareness.on('change', onChange);
        onChange();
        return () => awareness.off('change', onChange);
      },
      getSnapshot: () => snapshot,
    };
  }, [awareness]);
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}
