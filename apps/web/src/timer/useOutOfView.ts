import { type RefObject, useEffect, useState } from 'react';

/** Whether `element` has scrolled out of the window (false while it is on screen or absent). */
export function useOutOfView(element: RefObject<HTMLElement | null>): boolean {
  const [out, setOut] = useState(false);
  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const observer = new IntersectionObserver(([entry]) => setOut(entry ? !entry.isIntersecting : false));
    observer.observe(node);
    return () => observer.disconnect();
  }, [element]);
  return out;
}
