import { type RefCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';

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

  // The list as laid out for `key`: a new value when the notes in it or the type size change,
  // so the notes now in it are observed anew.
  const laidOut = useMemo(() => (list === null ? null : { list, key }), [list, key]);
  // One request to fit: for a new layout, or after a resize.
  const toFit = useMemo(() => (laidOut === null ? null : { list: laidOut.list, resized }), [laidOut, resized]);

  useEffect(() => {
    if (!laidOut) return;
    // Hiding a note resizes it too; the next fit finds the same and settles.
    const observer = new ResizeObserver(() => bump());
    observer.observe(laidOut.list);
    for (const item of Array.from(laidOut.list.children)) observer.observe(item);
    return () => observer.disconnect();
  }, [laidOut]);

  useLayoutEffect(() => {
    if (!toFit) return;
    const next = latest.current.fit(toFit.list);
    setFitted((current) => (latest.current.same(current, next) ? current : next));
  }, [toFit]);

  return { ref: setList, fitted };
}
