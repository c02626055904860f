import { describe, expect, it } from 'vitest';
import type { StoredRoom } from '../storage/types.ts';
import { EntryTracker } from './entryTracker.ts';

/** A log of `head` entries; `fetch` answers what comes after an id, like Storage.loadRoomSince. */
function tracked(head: { value: number }) {
  const applied: number[][] = [];
  const fetches: number[] = [];
  const tracker = new EntryTracker({
    fetch: async (after): Promise<StoredRoom> => {
      fetches.push(after);
      const ids = Array.from({ length: Math.max(0, head.value - after) }, (_, i) => after + i + 1);
      return { snapshot: undefined, updates: ids.map((id) => Uint8Array.of(id)), lastEntryId: head.value };
    },
    apply: (stored) => applied.push(stored.updates.map((update) => update[0] ?? 0)),
    onError: () => {},
  });
  return { tracker, applied, fetches };
}

describe('EntryTracker', () => {
  it('applies entries that follow on and ignores the ones it holds', () => {
    const { tracker, fetches } = tracked({ value: 0 });
    tracker.loaded(3);
    const applied: number[] = [];
    tracker.received(4, 5, () => applied.push(5));
    tracker.received(2, 3, () => applied.push(3));
    tracker.received(5, 6, () => applied.push(6));
    expect(applied).toEqual([5, 6]);
    expect(tracker.held).toBe(6);
    expect(fetches).toEqual([]);
  });

  it('reads the missed stretch from storage after a gap, instead of applying past it', async () => {
    const head = { value: 9 };
    const { tracker, applied, fetches } = tracked(head);
    tracker.loaded(3);
    let appliedDirectly = false;
    tracker.received(7, 9, () => {
      appliedDirectly = true;
    });
    expect(appliedDirectly).toBe(false);
    await tracker.catchUp();
    expect(fetches[0]).toBe(3);
    expect(applied[0]).toEqual([4, 5, 6, 7, 8, 9]);
    expect(tracker.held).toBe(9);
  });

  it('counts its own commits only when they follow on; otherwise it catches up first', async () => {
    const head = { value: 6 };
    const { tracker, applied } = tracked(head);
    tracker.loaded(2);
    tracker.committed(3, 4);
    expect(tracker.held).toBe(4);
    // Entry 5 came from another node and was not heard yet: 6 is ours.
    tracker.committed(6, 6);
    expect(tracker.held).toBe(4);
    await tracker.catchUp();
    expect(applied.at(-1)).toEqual([5, 6]);
    expect(tracker.held).toBe(6);
  });

  it('keeps its place when storage is away, and catches up on the next try', async () => {
    let down = true;
    const errors: unknown[] = [];
    const tracker = new EntryTracker({
      fetch: async () => {
        if (down) throw new Error('connection refused');
        return { snapshot: undefined, updates: [Uint8Array.of(2)], lastEntryId: 2 };
      },
      apply: () => {},
      onError: (error) => errors.push(error),
    });
    tracker.loaded(1);
    await tracker.catchUp();
    expect([tracker.held, errors.length]).toEqual([1, 1]);
    down = false;
    await tracker.catchUp();
    expect(tracker.held).toBe(2);
  });
});
