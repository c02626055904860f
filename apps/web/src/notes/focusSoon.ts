/**
 * Moves focus after React has re-rendered, when the focused control has just disappeared (a
 * deleted note, a closed editor). Unless `always`, it leaves focus alone if the person has
 * already put it somewhere.
 *
 * Finds its target by a CSS selector, which agreements/ and people/ still build from class
 * names; new code uses focusAfterRender with a ref or a data attribute (noteControl, cellControl).
 */
export function focusSoon(selector: string, always = false): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    const lost = active === null || active === document.body || !active.isConnected;
    if (!always && !lost) return;
    const target = document.querySelector<HTMLElement>(selector);
    target?.focus();
  });
}
