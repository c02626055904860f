import type { Reading } from '@avaa/workshop-client';
import { useCallback, useSyncExternalStore } from 'react';

const itself = <T>(value: T) => value;

/**
 * The React side of the client's one store primitive: re-renders when the reading (or the part
 * `select` picks) changes. `select` must return a stable value for an unchanged snapshot (a
 * part of it, not a new object) and be stable itself (module level or memoised).
 */
export function useReading<T>(reading: Reading<T>): T;
export function useReading<T, S>(reading: Reading<T>, select: (value: T) => S): S;
export function useReading<T, S>(reading: Reading<T>, select: (value: T) => S = itself as (value: T) => S): S {
  const getSnapshot = useCallback(() => select(reading.getSnapshot()), [reading, select]);
  return useSyncExternalStore(reading.subscribe, getSnapshot);
}
