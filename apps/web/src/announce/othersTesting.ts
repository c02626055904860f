import { seedBoard } from '@avaa/board-model';
import type { ServerLink } from '@avaa/workshop-client';
import * as Y from 'yjs';
import type { Clock } from './watchOthers.ts';

/**
 * Test doubles for the announcer's tests: a board seen by two people, where the listener's
 * document receives the other's updates with the server link's origin (as y-websocket applies
 * them), and a clock the test moves by hand.
 */
export type TestLink = ServerLink & {
  /** Whether the other's updates reach the listener now (offline: they wait). */
  online: boolean;
  setSynced(synced: boolean): void;
};

export function testLink(synced: boolean): TestLink {
  let state = synced;
  const listeners = new Set<() => void>();
  return {
    origin: { provider: 'test' },
    online: true,
    isSynced: () => state,
    setSynced(next) {
      state = next;
      if (next) for (const listener of listeners) listener();
    },
    onSynced(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The listener's and the other person's documents of one seeded board. */
export function boardOfTwo(link: TestLink): { listener: Y.Doc; other: Y.Doc; catchUp: () => void } {
  const other = new Y.Doc();
  seedBoard(other, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  const listener = new Y.Doc();
  Y.applyUpdate(listener, Y.encodeStateAsUpdate(other), link.origin);
  const fromListener = { listener: true };
  other.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== fromListener && link.online) Y.applyUpdate(listener, update, link.origin);
  });
  listener.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== link.origin && link.online) Y.applyUpdate(other, update, fromListener);
  });
  /** What the server sends on a reconnect: everything the listener has not seen, in one update. */
  const catchUp = () =>
    Y.applyUpdate(listener, Y.encodeStateAsUpdate(other, Y.encodeStateVector(listener)), link.origin);
  return { listener, other, catchUp };
}

export type TestClock = Clock & { advance(ms: number): void };

export function testClock(): TestClock {
  let time = 1_000_000;
  let timers: { at: number; run: () => void }[] = [];
  return {
    now: () => time,
    later(run, ms) {
      const timer = { at: time + ms, run };
      timers.push(timer);
      return () => {
        timers = timers.filter((other) => other !== timer);
      };
    },
    advance(ms) {
      const end = time + ms;
      for (;;) {
        const next = timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        timers = timers.filter((timer) => timer !== next);
        time = next.at;
        next.run();
      }
      time = end;
    },
  };
}
