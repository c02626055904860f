import { NO_PEERS_READING, type Peer, peersReading } from '@avaa/workshop-client';
import { useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useReading } from '../client/useReading.ts';

/** Everyone else in the room, re-read when awareness changes (not on every heartbeat). */
export function usePeers(awareness: Awareness | null): readonly Peer[] {
  return useReading(useMemo(() => (awareness ? peersReading(awareness) : NO_PEERS_READING), [awareness]));
}
