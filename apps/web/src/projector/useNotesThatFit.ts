import { type RefCallback, useEffect, useLayoutEffect, useReducer, useState } from 'react';

/**
 * Shows as many whole notes of a list as fit its box and hides the rest, counting them for a
 * "+N more": a note is never cut mid-text and never shrunk below the projector's type size.
 * Measured in the browser (note heights depend on the text and the font), before paint, again
 * whenever `key` (the notes and the type size) or the list's size changes.
 */
export function useNotesThatFit(key: string): { ref: RefCallback<HTMLElement>; hidden: number } {
  const [list, setList] = useState<HTMLElement | null>(null);
  const [hidden, setHidden] = useState(0);
  const [resized, bump] = useReducer((n: number) => n + 1, 0);

  useEffect(() => {
    if (!list) return;
    const observer = new ResizeObserver(() => bump());
    observer.observe(list);
    return () => observer.disconnect();
  }, [list]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: key and resized are the triggers to measure again.
  useLayoutEffect(() => {
    if (list) setHidden(hideOverflowing(list));
  }, [list, key, resized]);

  return { ref: setList, hidden };
}

/** Reveals every item, then hides all from the first one that does not end inside the list. */
export function hideOverflowing(list: HTMLElement): number {
  const items = Array.from(list.children).filter((child): child is HTMLElement => child instanceof HTMLElement);
  for (const item of items) item.hidden = false;
  const box = list.getBoundingClientRect();
  const bottom = box.top + list.clientHeight + 0.5;
  const first = items.findIndex((item) => item.getBoundingClientRect().bottom > bottom);
  if (first === -1) return 0;
  for (const item of items.slice(first)) item.hidden = true;
  return items.length - first;
}
