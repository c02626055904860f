/**
 * The client's one store primitive. A `Reading` is a value that changes over time, in the
 * `subscribe`/`getSnapshot` shape React's `useSyncExternalStore` expects (and any other caller
 * can use): connection status, saved state, notes by cell, editors, undo, the workshop state.
 * A `Store` is a reading its owner sets; `deriveReading` reads a source (a Y.Doc, awareness, an
 * undo manager) lazily, so a burst of changes costs one computation when someone next looks.
 */
export type Reading<T> = {
  getSnapshot(): T;
  subscribe(listener: () => void): () => void;
};

export type Store<T> = Reading<T> & { set(next: T): void };

type Same<T> = (a: T, b: T) => boolean;

export function createStore<T>(initial: T, same: Same<T> = Object.is): Store<T> {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (same(current, next)) return;
      current = next;
      for (const listener of [...listeners]) listener();
    },
  };
}

export type DerivedSource<T> = {
  /** Reads the source now. */
  compute(): T;
  /** Calls `changed` on every change of the source; returns how to stop. */
  watch(changed: () => void): () => void;
  /**
   * The snapshot to keep: `next`, or `previous` (or parts of it) where they look the same, so
   * readers comparing by identity re-render only on real changes. Default: `next`.
   */
  share?(previous: T, next: T): T;
  /**
   * `always`: watched from creation for the source's life (cheap sources read by many, e.g. a
   * document's notes); `whileSubscribed`: watched only while someone listens (chatty sources,
   * e.g. awareness), read afresh on every look otherwise.
   */
  watching: 'always' | 'whileSubscribed';
  /**
   * `onEveryChange` (default): listeners hear of every change and the source is read lazily;
   * `onNewSnapshot`: the source is read at once and listeners hear only when the kept snapshot
   * changed (a chatty source with many listeners: awareness heard by every note on a board).
   */
  notify?: 'onEveryChange' | 'onNewSnapshot';
};

export function deriveReading<T>(source: DerivedSource<T>): Reading<T> {
  let snapshot = source.compute();
  let stale = false;
  let unwatch: (() => void) | null = null;
  const listeners = new Set<() => void>();
  const changed = () => {
    if (source.notify === 'onNewSnapshot') {
      const before = snapshot;
      look();
      if (snapshot === before) return;
    } else stale = true;
    for (const listener of [...listeners]) listener();
  };
  const look = () => {
    const next = source.compute();
    snapshot = source.share ? source.share(snapshot, next) : next;
  };
  if (source.watching === 'always') unwatch = source.watch(changed);
  return {
    getSnapshot() {
      if (stale || unwatch === null) look();
      stale = false;
      return snapshot;
    },
    subscribe(listener) {
      listeners.add(listener);
      if (unwatch === null) {
        unwatch = source.watch(changed);
        // The source may have changed while nobody watched.
        stale = true;
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source.watching === 'whileSubscribed') {
          unwatch?.();
          unwatch = null;
        }
      };
    },
  };
}
