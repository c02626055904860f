import { type RefObject, useLayoutEffect } from 'react';
import { placeInside } from './placeInside.ts';

/**
 * Keeps an open pop-over (a note's menu, the list of gaps) inside the window at every size:
 * measured where its CSS puts it, then moved (see `placeInside`) before it is painted, again
 * when its content or the window changes size. Its button is the element that names it in
 * `aria-controls`.
 */
export function useInsideWindow(popover: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = popover.current;
    if (!element) return;
    const place = () => {
      element.style.translate = '';
      const box = element.getBoundingClientRect();
      const anchor = element.id ? document.querySelector(`[aria-controls="${CSS.escape(element.id)}"]`) : null;
      const size = { width: document.documentElement.clientWidth, height: window.innerHeight };
      const shift = placeInside(box, anchor?.getBoundingClientRect() ?? box, size);
      if (shift.x !== 0 || shift.y !== 0) element.style.translate = `${shift.x}px ${shift.y}px`;
    };
    place();
    const resize = new ResizeObserver(place);
    resize.observe(element);
    window.addEventListener('resize', place);
    return () => {
      resize.disconnect();
      window.removeEventListener('resize', place);
    };
  }, [popover]);
}
