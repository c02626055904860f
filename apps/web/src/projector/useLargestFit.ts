import { type RefCallback, useEffect, useLayoutEffect, useReducer, useState } from 'react';
import { hideOverflowing } from './useNotesThatFit.ts';

export type FontRange = { readonly min: number; readonly max: number };
export type Fitted = { readonly fontPx: number; readonly columns: number; readonly hidden: number };

const MAX_COLUMNS = 4;

/**
 * For a list that has the screen to itself (a cell shown to everyone): the largest type, and
 * the columns for it, at which every item fits whole, found by laying the list out in the
 * browser; at the smallest type, what still does not fit is hidden whole and counted.
 */
export function useLargestFit(key: string, range: FontRange): { ref: RefCallback<HTMLElement>; fitted: Fitted } {
  const [list, setList] = useState<HTMLElement | null>(null);
  const [fitted, setFitted] = useState<Fitted>({ fontPx: range.min, columns: 1, hidden: 0 });
  const [resized, bump] = useReducer((n: number) => n + 1, 0);

  useEffect(() => {
    if (!list) return;
    const observer = new ResizeObserver(() => bump());
    observer.observe(list);
    return () => observer.disconnect();
  }, [list]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: key and resized are the triggers to measure again.
  useLayoutEffect(() => {
    if (!list) return;
    const next = largestFit(list, range);
    setFitted((current) =>
      current.fontPx === next.fontPx && current.columns === next.columns && current.hidden === next.hidden
        ? current
        : next,
    );
  }, [list, key, resized, range.min, range.max]);

  return { ref: setList, fitted };
}

function largestFit(list: HTMLElement, range: FontRange): Fitted {
  const apply = (fontPx: number, columns: number) => {
    list.style.fontSize = `${fontPx}px`;
    list.style.gridTemplateColumns = `repeat(${columns}, minmax(0, 1fr))`;
    return hideOverflowing(list);
  };
  for (let fontPx = range.max; fontPx > range.min; fontPx--) {
    for (let columns = 1; columns <= MAX_COLUMNS; columns++) {
      if (apply(fontPx, columns) === 0) return { fontPx, columns, hidden: 0 };
    }
  }
  // At the smallest type, the columns that show the most.
  let best = { fontPx: range.min, columns: 1, hidden: Number.POSITIVE_INFINITY };
  for (let columns = 1; columns <= MAX_COLUMNS; columns++) {
    const hidden = apply(range.min, columns);
    if (hidden < best.hidden) best = { fontPx: range.min, columns, hidden };
  }
  apply(best.fontPx, best.columns);
  return best;
}
