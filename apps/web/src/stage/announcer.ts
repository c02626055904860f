/**
 * One polite live region for the whole page, outside every page's header, for news that
 * arrives together with a change of page (a following screen moved to the facilitator's view):
 * a region inside the new page would be created with its text and say nothing.
 */
let region: HTMLElement | null = null;

/** Creates the region ahead of the first message, as screen readers only announce changes. */
export function prepareAnnouncer(): void {
  if (region?.isConnected) return;
  region = document.createElement('div');
  region.setAttribute('role', 'status');
  region.className = 'visually-hidden';
  document.body.append(region);
}

export function announce(message: string): void {
  prepareAnnouncer();
  const live = region;
  if (!live) return;
  // Emptied first, so the same words twice are announced twice.
  live.textContent = '';
  window.setTimeout(() => {
    live.textContent = message;
  }, 100);
}

/** Removes the region when the workshop closes. */
export function removeAnnouncer(): void {
  region?.remove();
  region = null;
}
