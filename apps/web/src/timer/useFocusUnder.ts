import { useEffect, useState } from 'react';

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;

/**
 * Whether the focused element lies under a floating element (WCAG 2.4.11): checked when focus
 * moves and when the page scrolls, so the float can step aside instead of hiding the focus.
 * Returns a ref callback for the float.
 */
export function useFocusUnder<T extends HTMLElement>(): [(node: T | null) => void, boolean] {
  const [node, setNode] = useState<T | null>(null);
  const [under, setUnder] = useState(false);
  useEffect(() => {
    if (!node) return;
    // The float's place, not its box: it is hidden while focus is under it.
    const place = node.getBoundingClientRect();
    let frame = 0;
    const check = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const focused = document.activeElement;
        const hit = focused instanceof HTMLElement && focused !== document.body;
        setUnder(hit && overlaps(focused.getBoundingClientRect(), place));
      });
    };
    check();
    document.addEventListener('focusin', check);
    window.addEventListener('scroll', check, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', check);
      window.removeEventListener('scroll', check);
    };
  }, [node]);
  return [setNode, under];
}
