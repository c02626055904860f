import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { LinkedRoom } from '../rooms/roomLink.ts';

/**
 * Presence going to the other nodes, bounded: the client ids whose presence changed are
 * gathered per room (a board's channel carries only that board's presence) and sent at most
 * once per interval per room, each id's latest state once however often it changed.
 */
export class PresenceOutbox {
  readonly #intervalMs: number;
  readonly #send: (room: LinkedRoom, update: Uint8Array) => void;
  readonly #pending = new Map<LinkedRoom, Set<number>>();
  #timer: NodeJS.Timeout | undefined;

  constructor(intervalMs: number, send: (room: LinkedRoom, update: Uint8Array) => void) {
    this.#intervalMs = intervalMs;
    this.#send = send;
  }

  add(room: LinkedRoom, clientIds: Iterable<number>): void {
    const ids = this.#pending.get(room) ?? new Set<number>();
    for (const id of clientIds) ids.add(id);
    if (ids.size === 0) return;
    this.#pending.set(room, ids);
    if (!this.#timer) {
      this.#timer = setTimeout(() => this.#flush(), this.#intervalMs);
      this.#timer.unref();
    }
  }

  forget(room: LinkedRoom): void {
    this.#pending.delete(room);
  }

  close(): void {
    clearTimeout(this.#timer);
    this.#pending.clear();
  }

  #flush(): void {
    this.#timer = undefined;
    const due = [...this.#pending];
    this.#pending.clear();
    for (const [room, ids] of due) {
      if (!room.ready) continue;
      this.#send(room, encodeAwarenessUpdate(room.awareness, [...ids]));
    }
  }
}
