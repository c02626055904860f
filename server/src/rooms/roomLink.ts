import type { Awareness } from 'y-protocols/awareness';

/** What the link uses of a room (rooms/room.ts implements it). */
export interface LinkedRoom {
  readonly name: string;
  readonly ready: boolean;
  readonly awareness: Awareness;
  /** Entries up to this id are in the room's document. */
  readonly heldEntryId: number;
  applyFromOtherNode(first: number, last: number, update: Uint8Array): void;
  applyPresenceFromOtherNode(update: Uint8Array): void;
  localPresenceIds(): number[];
  catchUp(): Promise<void>;
  resumeAcknowledgements(): void;
}

/**
 * What a room tells the other nodes and asks of them, when the server runs as several nodes
 * (implemented by cluster/cluster.ts over Redis). Without a link a room is alone, as on one
 * node with SQLite.
 */
export interface RoomLink {
  /** Starts hearing the room's channel; resolves once subscribed (at once while Redis is down). */
  open(room: LinkedRoom): Promise<void>;
  /** The room has loaded: ask the other nodes for their clients' presence in it. */
  loaded(room: LinkedRoom): void;
  /** The room is gone from memory (unloaded or failed). */
  close(room: LinkedRoom): void;
  /** Entries `first`..`last` of the room's log are committed: tell the other nodes. */
  committed(room: LinkedRoom, first: number, last: number, updates: readonly Uint8Array[]): void;
  /** Presence of this node's clients changed (set, updated or removed): tell the other nodes. */
  presenceChanged(room: LinkedRoom, clientIds: readonly number[]): void;
  /**
   * Whether "saved" may be answered now: not while the other nodes cannot hear of the change
   * (Redis down), so the browser shows "not saving" and keeps its edits until the link is back.
   */
  readonly acknowledging: boolean;
}

/** Origin of changes and presence that came from another node: relayed, never stored again. */
export const FROM_OTHER_NODE = Symbol('from another node');
