import * as Y from 'yjs';
import type { RandomSource } from '../ids.ts';

/**
 * A test network of peers in one process that can deliver messages in random order, deliver
 * them twice, and cut peers off. Modelled on the yjs test connector: updates are queued per
 * receiver and delivered only when the test says so.
 */
export type Peer = { readonly id: number; readonly doc: Y.Doc; online: boolean };

type Message = { readonly to: Peer; readonly update: Uint8Array };

const REMOTE = Symbol('remote');

export class TestNetwork {
  readonly peers: Peer[];
  private queue: Message[] = [];
  private readonly random: RandomSource;

  /**
   * `clientIds` draws each peer's Yjs client id (Yjs breaks ties between concurrent edits by
   * it); without it Yjs picks them at random, so a seed replays the same operations but may
   * settle on a different board.
   */
  constructor(count: number, random: RandomSource, initialState?: Uint8Array, clientIds?: RandomSource) {
    this.random = random;
    this.peers = Array.from({ length: count }, (_, id) => this.addPeer(id, initialState, clientIds));
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Delivers one random queued message; sometimes leaves a copy behind to deliver again. */
  deliverOne(duplicateChance = 0): boolean {
    if (this.queue.length === 0) return false;
    const index = Math.floor(this.random() * this.queue.length);
    const message = this.queue[index] as Message;
    if (this.random() >= duplicateChance) this.queue.splice(index, 1);
    if (message.to.online) Y.applyUpdate(message.to.doc, message.update, REMOTE);
    return true;
  }

  disconnect(peer: Peer): void {
    peer.online = false;
    // What was in flight to or from it is lost, as on a dropped WebSocket.
    this.queue = this.queue.filter((message) => message.to !== peer);
  }

  /** Reconnects a peer and runs the sync handshake (state vectors both ways) with every online peer. */
  reconnect(peer: Peer): void {
    peer.online = true;
    for (const other of this.peers) {
      if (other === peer || !other.online) continue;
      this.queue.push({ to: other, update: Y.encodeStateAsUpdate(peer.doc, Y.encodeStateVector(other.doc)) });
      this.queue.push({ to: peer, update: Y.encodeStateAsUpdate(other.doc, Y.encodeStateVector(peer.doc)) });
    }
  }

  /** Brings everyone online and delivers until nothing is left. */
  settle(): void {
    for (const peer of this.peers) if (!peer.online) this.reconnect(peer);
    while (this.deliverOne()) {
      // keep delivering
    }
  }

  private addPeer(id: number, initialState?: Uint8Array, clientIds?: RandomSource): Peer {
    const doc = new Y.Doc();
    if (clientIds) doc.clientID = Math.floor(clientIds() * 2 ** 32);
    if (initialState) Y.applyUpdate(doc, initialState, REMOTE);
    const peer: Peer = { id, doc, online: true };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE || !peer.online) return;
      for (const other of this.peers) if (other !== peer && other.online) this.queue.push({ to: other, update });
    });
    return peer;
  }
}
