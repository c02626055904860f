import { type RefObject, useCallback, useLayoutEffect, useState } from 'react';

export type ScrollEdges = { readonly before: boolean; readonly after: boolean };

const NONE: ScrollEdges = { before: false, after: false };

/**
 * Whether a row that scrolls sideways hides something before or after what is in sight, kept
 * up to date on scrolling, resizing and every render (a language's words change the widths).
 */
export function useScrollEdges(row: RefObject<HTMLElement | null>): ScrollEdges {
  const [edges, setEdges] = useState(NONE);
  const measure = useCallback(() => {
    const element = row.current;
    if (!element) return;
    // A pixel of slack: zoom leaves fractions.
    const before = element.scrollLeft > 1;
    const after = element.scrollLeft + element.clientWidth < element.scrollWidth - 1;
    setEdges((old) => (old.before === before && old.after === after ? old : { before, after }));
  }, [row]);
  useLayoutEffect(measure);
  useLayoutEffect(() => {
    const element = row.current;
    if (!element) return;
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      resize.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, [row, measure]);
  return edges;
}

/** Scrolls the row so that `item` is wholly in sight, leaving room for the row's arrows. */
export function revealInRow(row: HTMLElement, item: HTMLElement): void {
  const margin = Number.parseFloat(getComputedStyle(row).scrollPaddingInlineStart) || 0;
  const rowBox = row.getBoundingClientRect();
  const box = item.getBoundingClientRect();
  if (box.left < rowBox.left + margin) row.scrollLeft -= rowBox.left + margin - box.left;
  else if (box.right > rowBox.right - margin) row.scrollLeft += box.right - (rowBox.right - margin);
}
