import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AppendBatch, AppendBatcher } from './appendBatcher.ts';

const bytes = (value: number) => new Uint8Array([value]);
const roomsOf = (batch: AppendBatch) => batch.map(({ room }) => room);

describe('AppendBatcher', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  /** A storage that commits at once, numbering entries from 1, and records each batch. */
  function recording() {
    const batches: AppendBatch[] = [];
    let lastId = 0;
    const commit = async (batch: AppendBatch) => {
      batches.push(batch);
      return batch.map(({ updates }) => (lastId += updates.length));
    };
    return { batches, batcher: new AppendBatcher(commit, 10) };
  }

  it("sends one event-loop turn's appends of every room as one batch and resolves each with its last id", async () => {
    const { batches, batcher } = recording();
    const first = batcher.append('a/plenary', [bytes(1), bytes(2)]);
    const second = batcher.append('b/plenary', [bytes(3)]);
    expect(batches).toHaveLength(0);
    await vi.advanceTimersToNextTimerAsync();
    expect(batches.map(roomsOf)).toEqual([['a/plenary', 'b/plenary']]);
    expect(await Promise.all([first, second])).toEqual([2, 3]);
  });

  it('holds appends made within the interval after a commit and sends them together', async () => {
    const { batches, batcher } = recording();
    void batcher.append('a/plenary', [bytes(1)]);
    await vi.advanceTimersToNextTimerAsync();
    void batcher.append('a/plenary', [bytes(2)]);
    await vi.advanceTimersByTimeAsync(4);
    void batcher.append('b/plenary', [bytes(3)]);
    await vi.advanceTimersByTimeAsync(4);
    expect(batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(3);
    expect(batches.map(roomsOf)).toEqual([['a/plenary'], ['a/plenary', 'b/plenary']]);
  });

  it('flush sends what waits at once', async () => {
    const { batches, batcher } = recording();
    const append = batcher.append('a/plenary', [bytes(1)]);
    batcher.flush();
    expect(batches).toHaveLength(1);
    expect(await append).toBe(1);
    batcher.flush();
    expect(batches).toHaveLength(1);
  });

  it('a failed commit rejects every append of its batch, and later appends go on', async () => {
    let fail = true;
    const batcher = new AppendBatcher(async (batch) => {
      if (fail) throw new Error('disk full');
      return batch.map(() => 7);
    }, 10);
    const failed = [batcher.append('a/plenary', [bytes(1)]), batcher.append('b/plenary', [bytes(2)])];
    const settled = Promise.allSettled(failed);
    await vi.advanceTimersToNextTimerAsync();
    expect((await settled).map((result) => result.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    const later = batcher.append('a/plenary', [bytes(3)]);
    await vi.advanceTimersByTimeAsync(20);
    expect(await later).toBe(7);
  });
});
