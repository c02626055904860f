import type { Awareness } from 'y-protocols/awareness';
import { encodeAwareness } from '../sync/messages.ts';

/** A recipient of presence: what it is sent, and the presence ids that are its own. */
export type PresenceRecipient = {
  send(message: Uint8Array): void;
  readonly awarenessIds: ReadonlySet<number>;
};

/**
 * Relays a room's presence changes to its peers, throttled per room: the first change after a
 * quiet interval goes out at once; the changes of the next `intervalMs` go out together, one
 * message per peer. Each person's client sends at most one change per 150 ms, so unthrottled
 * every peer would get n messages per such period and the server n² in all; here a peer gets at
 * most 1000 / intervalMs messages a second however big the room (their size still grows with
 * the people who moved). Nobody is sent their own presence back.
 */
export class PresenceRelay {
  readonly #awareness: Awareness;
  readonly #peers: ReadonlySet<PresenceRecipient>;
  readonly #intervalMs: number;
  readonly #changed = new Set<number>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(awareness: Awareness, peers: ReadonlySet<PresenceRecipient>, intervalMs: number) {
    this.#awareness = awareness;
    this.#peers = peers;
    this.#intervalMs = intervalMs;
  }

  changed(ids: readonly number[]): void {
    for (const id of ids) this.#changed.add(id);
    if (this.#timer) return;
    this.#send();
    // Changes until then wait for one message; a quiet interval ends the throttle.
    this.#timer = setTimeout(() => this.#tick(), this.#intervalMs);
  }

  destroy(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#changed.clear();
  }

  #tick(): void {
    this.#timer = undefined;
    if (this.#changed.size === 0) return;
    this.#send();
    this.#timer = setTimeout(() => this.#tick(), this.#intervalMs);
  }

  #send(): void {
    const changed = [...this.#changed];
    this.#changed.clear();
    let shared: Uint8Array | undefined;
    for (const peer of this.#peers) {
      const others = changed.filter((id) => !peer.awarenessIds.has(id));
      if (others.length === 0) continue;
      // Most peers moved nothing of their own in the interval: one encoding serves them all.
      if (others.length < changed.length) {
        peer.send(encodeAwareness(this.#awareness, others));
        continue;
      }
      shared ??= encodeAwareness(this.#awareness, changed);
      peer.send(shared);
    }
  }
}
