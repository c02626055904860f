import { Awareness, applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { PresenceRelay } from './presenceRelay.ts';
import { FROM_OTHER_NODE } from './roomLink.ts';

/** Presence changes of this long go to each peer as one message (presenceRelay.ts). */
const PRESENCE_INTERVAL_MS = 100;

/** Origin of the presence removal when a peer leaves: its own change, told to other nodes too. */
const PEER_LEFT = Symbol('peer left');

/** A peer as presence sees it (room.ts's Peer). */
type PresencePeer = {
  send(message: Uint8Array): void;
  readonly awarenessIds: Set<number>;
};

/**
 * A room's presence (room.ts): the awareness of its document, which ids each peer set, relayed
 * to the peers (presenceRelay.ts) and, for this node's own clients, to the other nodes.
 */
export class RoomPresence {
  readonly awareness: Awareness;
  readonly #peers: ReadonlySet<PresencePeer>;
  readonly #relay: PresenceRelay;
  /** Tells the other nodes (roomLink.ts) of this node's own changes. */
  readonly #toOtherNodes: (changed: number[]) => void;

  constructor(doc: Y.Doc, peers: ReadonlySet<PresencePeer>, toOtherNodes: (changed: number[]) => void) {
    this.#peers = peers;
    this.#toOtherNodes = toOtherNodes;
    this.awareness = new Awareness(doc);
    // The server is not a participant: no presence of its own.
    this.awareness.setLocalState(null);
    this.#relay = new PresenceRelay(this.awareness, peers, PRESENCE_INTERVAL_MS);
  }

  /** Relays changes from now on (once the room has loaded). */
  listen(): void {
    this.awareness.on('update', this.#onAwareness);
  }

  /** Presence from another node's clients: relayed to ours, never published again. */
  applyFromOtherNode(update: Uint8Array): void {
    applyAwarenessUpdate(this.awareness, update, FROM_OTHER_NODE);
  }

  /** Presence ids that this node's clients set (another node asked for them). */
  localIds(): number[] {
    return [...this.#peers].flatMap((peer) => [...peer.awarenessIds]);
  }

  /** Tells the others that this peer's cursors and names are gone. */
  peerLeft(peer: PresencePeer): void {
    if (peer.awarenessIds.size > 0) removeAwarenessStates(this.awareness, [...peer.awarenessIds], PEER_LEFT);
  }

  destroy(): void {
    this.#relay.destroy();
    this.awareness.off('update', this.#onAwareness);
    this.awareness.destroy();
  }

  readonly #onAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const peer = this.#peers.has(origin as PresencePeer) ? (origin as PresencePeer) : undefined;
    if (peer) {
      for (const id of [...added, ...updated]) peer.awarenessIds.add(id);
      for (const id of removed) peer.awarenessIds.delete(id);
    }
    const changed = [...added, ...updated, ...removed];
    this.#relay.changed(changed);
    // Only this node's clients' own changes go out: not other nodes' (they have them), nor the
    // timeouts each node runs by itself.
    if (peer || origin === PEER_LEFT) this.#toOtherNodes(changed);
  };
}
