import type { PathId } from '@avaa/board-model';
import { createStore, type Peer, type Reading } from '@avaa/sync-client';
import type { Awareness } from 'y-protocols/awareness';
import { fromPeers } from './peers.ts';

export type DrawersByPath = ReadonlyMap<PathId, readonly Peer[]>;

/** A reading that never changes: boards without presence (and tests). */
export const NO_DRAWERS_READING: Reading<DrawersByPath> = createStore(new Map());

/** Who is drawing which service path, in the peers' order. */
export function drawersByPath(peers: readonly Peer[]): Map<PathId, Peer[]> {
  const byPath = new Map<PathId, Peer[]>();
  for (const peer of peers) {
    if (!peer.drawing) continue;
    byPath.set(peer.drawing, [...(byPath.get(peer.drawing) ?? []), peer]);
  }
  return byPath;
}

/**
 * Who else is drawing which path, from the board's awareness; heard only when the names per path
 * change (presence changes several times a second while people type).
 */
export function drawersReading(awareness: Awareness): Reading<DrawersByPath> {
  return fromPeers<DrawersByPath>(awareness, drawersByPath, (previous, next) =>
    sameDrawers(previous, next) ? previous : next,
  );
}

function sameDrawers(a: DrawersByPath, b: DrawersByPath): boolean {
  const names = (byPath: DrawersByPath) =>
    JSON.stringify([...byPath].map(([path, peers]) => [path, peers.map((peer) => [peer.clientId, peer.user])]));
  return names(a) === names(b);
}
