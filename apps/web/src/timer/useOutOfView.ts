import { useEffect, useState } from 'react';

/**
 * Whether an element has scrolled out of the window (false while it is on screen or absent).
 * Returns a ref callback, so an element rendered later (a timer set after the page opened) is
 * watched too.
 */
export function useOutOfView<T extends HTMLElement>(): [(node: T | null) => void, boolean] {
  const [node, setNode] = useState<T | null>(null);
  const [out, setOut] = useState(false);
  useEffect(() => {
    if (!node) {
      setOut(false);
      return;
    }
    const observer = new IntersectionObserver(([entry]) => setOut(entry ? !entry.isIntersecting : false));
    observer.observe(node);
    return () => observer.disconnect();
  }, [node]);
  return [setNode, out];
}
