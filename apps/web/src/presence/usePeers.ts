import type { NoteId } from '@avaa/board-model';
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

/** Who is editing which note, for the coloured outlines. */
export function editorsByNote(peers: readonly Peer[]): ReadonlyMap<NoteId, readonly Peer[]> {
  const byNote = new Map<NoteId, Peer[]>();
  for (const peer of peers) {
    if (!peer.editing) continue;
    const list = byNote.get(peer.editing) ?? [];
    list.push(peer);
    byNote.set(peer.editing, list);
  }
  return byNote;
}
