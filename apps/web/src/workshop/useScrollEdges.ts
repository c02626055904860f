import { type RefObject, useLayoutEffect, useState } from 'react';

export type ScrollEdges = { readonly before: boolean; readonly after: boolean };

const NONE: ScrollEdges = { before: false, after: false };

/**
 * Whether a row that scrolls sideways hides something before or after what is in sight, kept
 * up to date when the row is scrolled sideways and when it or one of its items changes size (a
 * language's words change the widths; an item comes or goes). Never on a render: measuring
 * forces a layout, and the workshop's pages render often.
 */
export function useScrollEdges(row: RefObject<HTMLElement | null>): ScrollEdges {
  const [edges, setEdges] = useState(NONE);
  useLayoutEffect(() => {
    const element = row.current;
    if (!element) return;
    const measure = () => {
      // A pixel of slack: zoom leaves fractions.
      const before = element.scrollLeft > 1;
      const after = element.scrollLeft + element.clientWidth < element.scrollWidth - 1;
      setEdges((old) => (old.before === before && old.after === after ? old : { before, after }));
    };
    let frame = 0;
    const onScroll = () => {
      if (frame === 0) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          measure();
        });
      }
    };
    // Observing starts with a first measure (the observer reports each target once).
    const resize = new ResizeObserver(measure);
    const observeItems = () => {
      resize.disconnect();
      resize.observe(element);
      for (const item of Array.from(element.children)) resize.observe(item);
    };
    observeItems();
    const items = new MutationObserver(observeItems);
    items.observe(element, { childList: true });
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      items.disconnect();
      resize.disconnect();
      element.removeEventListener('scroll', onScroll);
    };
  }, [row]);
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
