import { Workbox } from 'workbox-window';

/**
 * Whether a new version of the app is installed and waiting, and taking it. A reading in the
 * shape `useSyncExternalStore` reads.
 */
export type UpdateOffer = {
  subscribe(listener: () => void): () => void;
  getSnapshot(): boolean;
  /** Lets the waiting version take over, then reloads this page (the person asked to). */
  reload(): void;
  /** Hides the offer until the next page load; the new version starts when every tab of the app has closed. */
  dismiss(): void;
};

/** A workshop page stays open all day without navigating: look for a new version hourly. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the generated service worker (`/sw.js`, built by vite-plugin-pwa) once the page
 * has loaded and `after` has resolved (the opened page is in: the worker's install fetches the
 * whole app). A new version never takes over by itself: it waits and is offered
 * (`UpdateNotice.tsx`), so an open workshop is not reloaded under someone's pen, and the old
 * version's cached files keep serving the open page meanwhile. Not in the dev server, nor where
 * browsers allow no service worker (plain http other than localhost): the app works without.
 */
export function registerServiceWorker(after: Promise<void>): UpdateOffer {
  const offer = createUpdateOffer();
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return offer.reading;
  const workbox = new Workbox('/sw.js', { scope: '/' });
  let asked = false;
  // Another tab took the new version: this page is still the old one, so offer a reload too.
  let takenElsewhere = false;
  workbox.addEventListener('waiting', () => offer.set(true));
  workbox.addEventListener('controlling', (event) => {
    if (asked) window.location.reload();
    else if (event.isUpdate) {
      takenElsewhere = true;
      offer.set(true);
    }
  });
  offer.onReload(() => {
    asked = true;
    if (takenElsewhere) window.location.reload();
    else workbox.messageSkipWaiting();
  });
  void after.then(() => workbox.register()).catch(() => undefined);
  setInterval(() => {
    if (navigator.onLine) workbox.update().catch(() => undefined);
  }, UPDATE_CHECK_MS);
  return offer.reading;
}

/** The offer's state: `set` by the worker's events, `onReload` what taking it does. */
export function createUpdateOffer() {
  const listeners = new Set<() => void>();
  let waiting = false;
  let reload: () => void = () => {};
  const set = (value: boolean) => {
    waiting = value;
    for (const listener of listeners) listener();
  };
  const reading: UpdateOffer = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => waiting,
    reload: () => reload(),
    dismiss: () => set(false),
  };
  return { reading, set, onReload: (run: () => void) => (reload = run) };
}
