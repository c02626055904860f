import { describe, expect, it } from 'vitest';
import { createStore, deriveReading } from './reading.ts';

/** A source that counts how often it was read and who watches it. */
function counter() {
  let value = 0;
  let reads = 0;
  const watchers = new Set<() => void>();
  return {
    bump() {
      value += 1;
      for (const watcher of watchers) watcher();
    },
    source: {
      compute: () => {
        reads += 1;
        return { value };
      },
      watch(changed: () => void) {
        watchers.add(changed);
        return () => watchers.delete(changed);
      },
      share: (previous: { value: number }, next: { value: number }) =>
        previous.value === next.value ? previous : next,
    },
    reads: () => reads,
    watchers: () => watchers.size,
  };
}

describe('createStore', () => {
  it('tells listeners of a change once, and of an equal value not at all', () => {
    const store = createStore({ n: 1 }, (a, b) => a.n === b.n);
    let heard = 0;
    const stop = store.subscribe(() => heard++);
    store.set({ n: 1 });
    store.set({ n: 2 });
    stop();
    store.set({ n: 3 });
    expect(heard).toBe(1);
    expect(store.getSnapshot()).toEqual({ n: 3 });
  });
});

describe('deriveReading', () => {
  it('reads a burst of changes once, when someone next looks, and keeps an equal snapshot', () => {
    const source = counter();
    const reading = deriveReading({ ...source.source, watching: 'always' });
    const first = reading.getSnapshot();
    let heard = 0;
    reading.subscribe(() => heard++);
    const readsBefore = source.reads();
    source.bump();
    source.bump();
    source.bump();
    expect(heard).toBe(3);
    expect(source.reads()).toBe(readsBefore);
    expect(reading.getSnapshot().value).toBe(3);
    expect(reading.getSnapshot()).toBe(reading.getSnapshot());
    expect(source.reads()).toBe(readsBefore + 1);
    expect(first.value).toBe(0);
  });

  it('watches a chatty source only while someone listens, and reads it afresh otherwise', () => {
    const source = counter();
    const reading = deriveReading({ ...source.source, watching: 'whileSubscribed' });
    expect(source.watchers()).toBe(0);
    source.bump();
    expect(reading.getSnapshot().value).toBe(1);
    const stop = reading.subscribe(() => {});
    expect(source.watchers()).toBe(1);
    source.bump();
    expect(reading.getSnapshot().value).toBe(2);
    stop();
    expect(source.watchers()).toBe(0);
    source.bump();
    expect(reading.getSnapshot().value).toBe(3);
  });

  it('with onNewSnapshot, tells listeners only when the kept snapshot changed', () => {
    let value = 0;
    const watchers = new Set<() => void>();
    const reading = deriveReading({
      compute: () => ({ even: value % 2 === 0 }),
      watch(changed) {
        watchers.add(changed);
        return () => watchers.delete(changed);
      },
      share: (previous, next) => (previous.even === next.even ? previous : next),
      watching: 'whileSubscribed',
      notify: 'onNewSnapshot',
    });
    let heard = 0;
    reading.subscribe(() => heard++);
    const bump = (by: number) => {
      value += by;
      for (const watcher of watchers) watcher();
    };
    bump(2);
    bump(2);
    expect(heard).toBe(0);
    bump(1);
    expect(heard).toBe(1);
    expect(reading.getSnapshot().even).toBe(false);
  });
});
