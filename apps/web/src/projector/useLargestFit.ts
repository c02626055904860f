import type { RefCallback } from 'react';
import { useListFit } from './useListFit.ts';
import { CLAMPED, hideOverflowing } from './useNotesThatFit.ts';

export type FontRange = { readonly min: number; readonly max: number };
export type Fitted = { readonly fontPx: number; readonly columns: number; readonly hidden: number };

const MAX_COLUMNS = 4;

/**
 * For a list that has the screen to itself (a cell shown to everyone): the largest type, and
 * the columns for it, at which every item fits whole, found by laying the list out in the
 * browser; at the smallest type, what still does not fit is hidden whole and counted.
 */
export function useLargestFit(key: string, range: FontRange): { ref: RefCallback<HTMLElement>; fitted: Fitted } {
  return useListFit(
    `${key}|${range.min}|${range.max}`,
    (list) => largestFit(list, range),
    { fontPx: range.min, columns: 1, hidden: 0 },
    sameFit,
  );
}

function sameFit(a: Fitted, b: Fitted): boolean {
  return a.fontPx === b.fontPx && a.columns === b.columns && a.hidden === b.hidden;
}

function largestFit(list: HTMLElement, range: FontRange): Fitted {
  // How many stay hidden, and whether every item shows whole (none hidden, none faded).
  const apply = (fontPx: number, columns: number) => {
    list.style.fontSize = `${fontPx}px`;
    list.style.gridTemplateColumns = `repeat(${columns}, minmax(0, 1fr))`;
    const hidden = hideOverflowing(list);
    return { hidden, whole: hidden === 0 && list.querySelector(`.${CLAMPED}`) === null };
  };
  for (let fontPx = range.max; fontPx > range.min; fontPx--) {
    for (let columns = 1; columns <= MAX_COLUMNS; columns++) {
      if (apply(fontPx, columns).whole) return { fontPx, columns, hidden: 0 };
    }
  }
  // At the smallest type, the columns that show the most.
  let best = { fontPx: range.min, columns: 1, hidden: Number.POSITIVE_INFINITY };
  for (let columns = 1; columns <= MAX_COLUMNS; columns++) {
    const { hidden } = apply(range.min, columns);
    if (hidden < best.hidden) best = { fontPx: range.min, columns, hidden };
  }
  apply(best.fontPx, best.columns);
  return best;
}
