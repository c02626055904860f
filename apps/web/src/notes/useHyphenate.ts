import type { Language } from '@avaa/board-model';
import { type Hyphenate, loadHyphenator } from '@avaa/print/hyphenation';
import { useEffect, useSyncExternalStore } from 'react';

/** The languages whose patterns have arrived, shared by every note on the page. */
const loaded = new Map<Language, Hyphenate>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The language's hyphenation once its patterns have loaded (a separate chunk fetched on first
 * use); undefined until then, when text shows unhyphenated.
 */
export function useHyphenate(language: Language): Hyphenate | undefined {
  const hyphenate = useSyncExternalStore(subscribe, () => loaded.get(language));
  useEffect(() => {
    if (loaded.has(language)) return;
    loadHyphenator(language).then(
      (ready) => {
        loaded.set(language, ready);
        for (const listener of listeners) listener();
      },
      // Without patterns text still wraps, only without hyphens; the next note retries.
      () => undefined,
    );
  }, [language]);
  return hyphenate;
}
