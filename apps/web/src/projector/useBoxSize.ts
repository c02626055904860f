import { type RefCallback, useCallback, useRef, useState } from 'react';

export type BoxSize = { readonly width: number; readonly height: number };

/** The content size of an element, live (a ResizeObserver), for fitting type to it. */
export function useBoxSize<T extends HTMLElement>(): { ref: RefCallback<T>; size: BoxSize } {
  const [size, setSize] = useState<BoxSize>({ width: 0, height: 0 });
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    if (!element) return;
    observer.current = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.current.observe(element);
  }, []);
  return { ref, size };
}
