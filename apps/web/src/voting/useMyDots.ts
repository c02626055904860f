import type { ApiError, WorkshopId } from '@avaa/protocol';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { readStored, writeStored } from '../state/storage.ts';
import { deleteDot, fetchMyDots, postDot } from './dotsApi.ts';
import { MyDots, type MyDotsState } from './myDots.ts';

export type Voter = {
  readonly workshop: WorkshopId;
  readonly vote: string;
  readonly token: string;
  readonly person: string;
};

/**
 * My dots in the open vote, from the server (they are in no document), with my changes sent
 * there and retried until stored. Null when this screen does not vote. Read again when the page
 * comes back to the front (another device of mine may have changed them) and sent again when
 * the connection is back.
 */
export function useMyDots(
  voter: Voter | null,
  total: number,
  onRefused: (error: ApiError | null) => void,
): { readonly state: MyDotsState | null; readonly store: MyDots | null } {
  const refused = useRef(onRefused);
  refused.current = onRefused;
  const [store, setStore] = useState<MyDots | null>(null);
  const { workshop, vote, token, person } = voter ?? {};

  useEffect(() => {
    if (!workshop || !vote || !token || !person) return;
    const key = `avaa:dots:${workshop}:${vote}:${person}`;
    const created = new MyDots({
      total,
      server: {
        fetch: () => fetchMyDots(workshop, vote, token),
        send: (change) =>
          change.action === 'place'
            ? postDot(workshop, vote, token, change.note, change.id)
            : deleteDot(workshop, vote, token, change.note, change.id),
      },
      keep: { read: () => readStored('local', key), write: (value) => writeStored('local', key, value) },
      onRefused: (error) => refused.current(error),
    });
    const online = () => created.retryNow();
    const focus = () => void created.refresh();
    window.addEventListener('online', online);
    window.addEventListener('focus', focus);
    setStore(created);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('focus', focus);
      created.destroy();
      setStore(null);
    };
  }, [workshop, vote, token, person, total]);

  const subscribe = useMemo(() => store?.subscribe ?? (() => () => {}), [store]);
  const state = useSyncExternalStore(subscribe, () => store?.state ?? null);
  return { state, store };
}
