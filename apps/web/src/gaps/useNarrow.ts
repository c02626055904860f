import { useSyncExternalStore } from 'react';

/** The board's phone layout (rows stacked), the same breakpoint as board.css. */
const NARROW = '(max-width: 759px)';

function subscribe(listener: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches);
}
