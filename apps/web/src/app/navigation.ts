import { useSyncExternalStore } from 'react';

/**
 * Moving between the pages of one workshop without reloading: the workshop's connection stays
 * open. The address is the only state; the browser's back and forward buttons work.
 */
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

/** A page a person chose to go to, and the title of the one left, until the new page's header takes it. */
let arrival: { readonly path: string; readonly leftTitle: string } | null = null;

/**
 * `byPerson`: a person chose to go there (a link, a button), so the new page's heading takes
 * focus and its name is announced (PageHeader, usePageArrival); a move the app makes by itself
 * (following the facilitator) leaves focus alone.
 */
export function navigate(path: string, options: { replace?: boolean; byPerson?: boolean } = {}): void {
  if (path === window.location.pathname) return;
  arrival = options.byPerson ? { path, leftTitle: document.title } : null;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  notify();
  // The new page starts at its top, as after following a link.
  window.scrollTo(0, 0);
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** Whether a person chose the page now opening, and the title of the page left; asked once. */
export function takeArrival(): { readonly leftTitle: string } | null {
  const taken = arrival?.path === window.location.pathname ? arrival : null;
  arrival = null;
  return taken;
}
