import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { decodeAwareness } from '../sync/frameGuard.ts';
import { type PresenceRecipient, PresenceRelay } from './presenceRelay.ts';

/** A peer that records the presence ids of every message it is sent. */
function peer(...own: number[]) {
  const received: number[][] = [];
  const recipient: PresenceRecipient = {
    awarenessIds: new Set(own),
    // Strip the message type (1) and the length, then read the awareness update.
    send: (message) => received.push(decodeAwareness(message.subarray(2)).map((entry) => entry.id)),
  };
  return { recipient, received };
}

describe('PresenceRelay', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function room(...peers: ReturnType<typeof peer>[]) {
    const awareness = new Awareness(new Y.Doc());
    for (const id of [1, 2, 3]) awareness.states.set(id, { user: { name: `P${id}` } });
    for (const id of [1, 2, 3]) awareness.meta.set(id, { clock: 1, lastUpdated: 0 });
    return new PresenceRelay(awareness, new Set(peers.map((p) => p.recipient)), 100);
  }

  it('sends the first change at once and nobody their own presence', () => {
    const [anna, pekka] = [peer(1), peer(2)];
    room(anna, pekka).changed([1]);
    expect(anna.received).toEqual([]);
    expect(pekka.received).toEqual([[1]]);
  });

  it('gathers the changes of one interval into one message per peer', () => {
    const [anna, pekka, viewer] = [peer(1), peer(2), peer()];
    const relay = room(anna, pekka, viewer);
    relay.changed([1]);
    for (let move = 0; move < 5; move++) {
      relay.changed([1]);
      relay.changed([2]);
    }
    expect(viewer.received).toEqual([[1]]);
    vi.advanceTimersByTime(100);
    expect(viewer.received).toEqual([[1], [1, 2]]);
    expect(anna.received).toEqual([[2]]);
    expect(pekka.received).toEqual([[1], [1]]);
    // A quiet interval ends the throttle: the next change goes at once again.
    vi.advanceTimersByTime(100);
    relay.changed([3]);
    expect(viewer.received).toEqual([[1], [1, 2], [3]]);
  });

  it('sends nothing after it is destroyed', () => {
    const viewer = peer();
    const relay = room(viewer);
    relay.changed([1]);
    relay.changed([2]);
    relay.destroy();
    vi.advanceTimersByTime(500);
    expect(viewer.received).toEqual([[1]]);
  });
});
