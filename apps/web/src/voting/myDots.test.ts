import type { NoteId } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import type { DotsAnswer, StoredDots } from './dotsApi.ts';
import { type DotChange, MyDots } from './myDots.ts';

const A = 'aaaaaaaaaaaa' as NoteId;
const B = 'bbbbbbbbbbbb' as NoteId;

/**
 * A server as the votes API behaves (changes by id counted once, the limit kept), reachable or
 * not: the store's own rules are what is tested here; the real API is in tests/integration.
 */
function server(total: number) {
  const stored: NoteId[] = [];
  const seen = new Set<string>();
  const sent: string[] = [];
  let reachable = true;
  const answer = (): DotsAnswer<StoredDots> => ({
    ok: true,
    value: { notes: [...stored], left: total - stored.length, total },
  });
  return {
    sent,
    set reachable(value: boolean) {
      reachable = value;
    },
    stored,
    api: {
      fetch: async () => (reachable ? answer() : ({ ok: false, kind: 'network' } as const)),
      send: async (change: DotChange): Promise<DotsAnswer<StoredDots>> => {
        sent.push(change.id);
        if (!reachable) return { ok: false, kind: 'network' };
        if (!seen.has(change.id)) {
          if (change.action === 'place' && stored.length >= total) {
            return { ok: false, kind: 'refused', status: 409, error: 'no-dots-left' };
          }
          seen.add(change.id);
          if (change.action === 'place') stored.push(change.note);
          else stored.splice(stored.lastIndexOf(change.note), 1);
        }
        return answer();
      },
    },
  };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('my dots on this device', () => {
  it('shows a change at once, says it is not saved until the server stored it, and sends it again with the same id', async () => {
    const remote = server(2);
    remote.reachable = false;
    let kept: string | null = null;
    const keep = { read: () => kept, write: (value: string | null) => (kept = value) };
    const refused: (string | null)[] = [];
    let ids = 0;
    const dots = new MyDots({
      server: remote.api,
      total: 2,
      keep,
      onRefused: (error) => refused.push(error),
      newId: () => `change-${++ids}`,
    });
    dots.place(A);
    await settled();
    expect(dots.state).toEqual({ notes: [A], left: 1, total: 2, unsaved: 1 });
    expect(remote.stored).toEqual([]);
    // A reload while offline: the change waits on the device.
    dots.destroy();
    const again = new MyDots({ server: remote.api, total: 2, keep, onRefused: (error) => refused.push(error) });
    expect(again.state.unsaved).toBe(1);
    remote.reachable = true;
    again.retryNow();
    await settled();
    await settled();
    await settled();
    expect(again.state).toEqual({ notes: [A], left: 1, total: 2, unsaved: 0 });
    expect(remote.stored).toEqual([A]);
    expect(new Set(remote.sent)).toEqual(new Set(['change-1']));
    expect(kept).toBeNull();
    again.takeBack(A);
    again.place(B);
    await settled();
    await settled();
    expect(again.state).toEqual({ notes: [B], left: 1, total: 2, unsaved: 0 });
    expect(refused).toEqual([]);
    again.destroy();
  });

  it('tells a refusal and shows what the server keeps', async () => {
    const remote = server(1);
    remote.stored.push(B);
    const refused: (string | null)[] = [];
    const dots = new MyDots({ server: remote.api, total: 1, onRefused: (error) => refused.push(error) });
    await settled();
    expect(dots.state).toMatchObject({ notes: [B], left: 0 });
    dots.place(A);
    expect(refused).toEqual(['no-dots-left']);
    dots.destroy();
  });
});
