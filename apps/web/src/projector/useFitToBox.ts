import type { RefCallback } from 'react';
import type { FontRange } from './useLargestFit.ts';
import { useListFit } from './useListFit.ts';

/**
 * For content that must show whole on the screen (the path lanes, one path): the largest type,
 * in whole pixels within `range`, at which the box's content fits it without scrolling either
 * way and every word of the `whole` elements fits its line (no word broken in two), found by
 * laying it out in the browser. At the smallest type it stays as it is, words broken if need be.
 */
export function useFitToBox(
  key: string,
  range: FontRange,
  whole: string,
): { ref: RefCallback<HTMLElement>; fontPx: number } {
  const { ref, fitted } = useListFit(
    `${key}|${range.min}|${range.max}|${whole}`,
    (box) => largestType(box, range, whole),
    range.min,
  );
  return { ref, fontPx: fitted };
}

// While measuring, words may not break (projectorPaths.css), so a word too long overflows its box.
const MEASURING = 'fit-measuring';

function largestType(box: HTMLElement, range: FontRange, whole: string): number {
  box.classList.add(MEASURING);
  let fontPx = range.max;
  for (; fontPx > range.min; fontPx--) {
    box.style.fontSize = `${fontPx}px`;
    if (fits(box, whole)) break;
  }
  box.style.fontSize = `${fontPx}px`;
  box.classList.remove(MEASURING);
  return fontPx;
}

function fits(box: HTMLElement, whole: string): boolean {
  if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1) return false;
  return Array.from(box.querySelectorAll<HTMLElement>(whole)).every(
    (element) => element.scrollWidth <= element.clientWidth + 1,
  );
}
