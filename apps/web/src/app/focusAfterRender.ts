import type { RefObject } from 'react';

/** Where focus goes: a ref, or a lookup by id or data attribute (never by a class name). */
export type FocusTarget = RefObject<HTMLElement | null> | (() => HTMLElement | null | undefined);

/** Long enough for a document change to reach the screen, short enough not to surprise. */
const BUDGET_MS = 1000;

/**
 * Moves focus once React has rendered what an action changed, when the pressed control was
 * removed, disabled or hidden and focus would fall to the page (WCAG 2.4.3). The first target
 * that can take focus wins; a change that reaches the screen a frame or two later is waited for.
 * `onlyIfLost`: leave focus where it is unless it fell to the page (the action was run from
 * elsewhere, e.g. by a shortcut). Either way a person who moved focus meanwhile keeps it.
 */
export function focusAfterRender(targets: FocusTarget | readonly FocusTarget[], { onlyIfLost = false } = {}): void {
  const list: readonly FocusTarget[] = Array.isArray(targets) ? targets : [targets as FocusTarget];
  const from = document.activeElement;
  const until = performance.now() + BUDGET_MS;
  const attempt = () => {
    const active = document.activeElement;
    const lost = active === null || active === document.body || !active.isConnected;
    if (!lost && (onlyIfLost || active !== from)) return;
    const element = list.map(resolve).find(canTakeFocus);
    if (element) element.focus();
    else if (performance.now() < until) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

function resolve(target: FocusTarget): HTMLElement | null | undefined {
  return typeof target === 'function' ? target() : target.current;
}

function canTakeFocus(element: HTMLElement | null | undefined): element is HTMLElement {
  if (!element?.isConnected || element.matches(':disabled')) return false;
  return element.getClientRects().length > 0;
}

/** The page's one h1 (PageHeader's, focusable from script): where focus goes when nothing nearer is left. */
export function pageHeading(): HTMLElement | null {
  return document.querySelector('h1');
}
