import { type RefObject, useLayoutEffect } from 'react';
import { type Bounds, placeInside } from './placeInside.ts';

/**
 * The window's height, less what a scrolling box around the pop-over (the table, on a laptop)
 * hides above or below: a pop-over moved there would be cut off. A fixed one (a phone's sheet)
 * lies over everything.
 */
function inSight(element: HTMLElement): Bounds {
  const width = document.documentElement.clientWidth;
  let top = 0;
  let bottom = window.innerHeight;
  if (getComputedStyle(element).position !== 'fixed') {
    for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const rect = box.getBoundingClientRect();
      top = Math.max(top, rect.top);
      bottom = Math.min(bottom, rect.bottom);
    }
  }
  return { top, width, height: Math.max(0, bottom - top) };
}

/**
 * Keeps an open pop-over (a note's menu, the list of gaps) inside the window at every size, and
 * in sight inside the table's scrolling box:
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
      const shift = placeInside(box, anchor?.getBoundingClientRect() ?? box, inSight(element));
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
