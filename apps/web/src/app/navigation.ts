import { createStore } from '@avaa/workshop-client';
import { useReading } from '../client/useReading.ts';

/**
 * Moving between the pages of one workshop without reloading: the workshop's connection stays
 * open. The address is the only state; the browser's back and forward buttons work.
 */
const current = createStore(window.location.pathname);
window.addEventListener('popstate', () => current.set(window.location.pathname));

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
  current.set(path);
  // The new page starts at its top, as after following a link.
  window.scrollTo(0, 0);
}

export function usePathname(): string {
  return useReading(current);
}

/** Whether a person chose the page now opening, and the title of the page left; asked once. */
export function takeArrival(): { readonly leftTitle: string } | null {
  const taken = arrival?.path === window.location.pathname ? arrival : null;
  arrival = null;
  return taken;
}
