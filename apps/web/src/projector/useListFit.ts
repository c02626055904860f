import { type RefCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';

/**
 * Lays a list out in the browser and reads what `fit` makes of it (how many notes it hides, or
 * the type size it settles on): before paint, and again whenever `key` (the notes and the type
 * size) changes, the list is resized, or a note's own size changes (its text wraps anew once
 * the hyphenation patterns or the fonts have loaded). Note heights depend on the text and the
 * font, so only the browser can say what fits.
 */
export function useListFit<T>(
  key: string,
  fit: (list: HTMLElement) => T,
  initial: T,
  same: (a: T, b: T) => boolean = Object.is,
): { ref: RefCallback<HTMLElement>; fitted: T } {
  const [list, setList] = useState<HTMLElement | null>(null);
  const [fitted, setFitted] = useState(initial);
  const [resized, bump] = useReducer((n: number) => n + 1, 0);
  const latest = useRef({ fit, same });
  latest.current = { fit, same };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the notes change with key; they are observed anew.
  useEffect(() => {
    if (!list) return;
    // Hiding a note resizes it too; the next fit finds the same and settles.
    const observer = new ResizeObserver(() => bump());
    observer.observe(list);
    for (const item of Array.from(list.children)) observer.observe(item);
    return () => observer.disconnect();
  }, [list, key]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: key and resized are the triggers to fit again.
  useLayoutEffect(() => {
    if (!list) return;
    const next = latest.current.fit(list);
    setFitted((current) => (latest.current.same(current, next) ? current : next));
  }, [list, key, resized]);

  return { ref: setList, fitted };
}
