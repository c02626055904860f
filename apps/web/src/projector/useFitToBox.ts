import type { RefCallback } from 'react';
import type { FontRange } from './useLargestFit.ts';
import { useListFit } from './useListFit.ts';

/**
 * For content that must show whole on the screen (the path lanes): the largest type, in whole
 * pixels within `range`, at which the box's content fits it without scrolling either way, found
 * by laying it out in the browser. At the smallest type it stays as it is (`fits` false).
 */
export function useFitToBox(key: string, range: FontRange): { ref: RefCallback<HTMLElement>; fontPx: number } {
  const { ref, fitted } = useListFit(`${key}|${range.min}|${range.max}`, (box) => largestType(box, range), range.min);
  return { ref, fontPx: fitted };
}

function largestType(box: HTMLElement, range: FontRange): number {
  for (let fontPx = range.max; fontPx > range.min; fontPx--) {
    box.style.fontSize = `${fontPx}px`;
    if (box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1) return fontPx;
  }
  box.style.fontSize = `${range.min}px`;
  return range.min;
}
