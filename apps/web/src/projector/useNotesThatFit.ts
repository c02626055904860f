import type { RefCallback } from 'react';
import { useListFit } from './useListFit.ts';

/** The "+N more" marker's padding in the list's type (0.1em above and below) and its gap, px. */
const MORE_MARKER_PADDING_EM = 0.2;
const MORE_MARKER_GAP = 4;

/**
 * Shows as many whole notes of a list as fit its box and hides the rest, counting them for a
 * "+N more": a note is never cut mid-text and never shrunk below the projector's type size.
 * The marker lies over the list's foot (it never takes the list's height, so showing it cannot
 * hide a note that had room).
 */
export function useNotesThatFit(key: string): { ref: RefCallback<HTMLElement>; hidden: number } {
  const { ref, fitted } = useListFit(key, hideOverflowing, 0);
  return { ref, hidden: fitted };
}

/**
 * Reveals every item; if they do not all end inside the list, hides all from the first one that
 * does not end above the "+N more" marker, and says how many it hid.
 */
export function hideOverflowing(list: HTMLElement): number {
  const items = Array.from(list.children).filter((child): child is HTMLElement => child instanceof HTMLElement);
  for (const item of items) item.hidden = false;
  const bottom = list.getBoundingClientRect().top + list.clientHeight + 0.5;
  const endsAbove = (limit: number) => (item: HTMLElement) => item.getBoundingClientRect().bottom <= limit;
  if (items.every(endsAbove(bottom))) return 0;
  // The marker's line is the list's: a user's stylesheet may set a taller one (WCAG 1.4.12).
  const style = getComputedStyle(list);
  const font = Number.parseFloat(style.fontSize);
  const line = Number.parseFloat(style.lineHeight) || font * 1.2;
  const marker = line + font * MORE_MARKER_PADDING_EM + MORE_MARKER_GAP;
  const first = items.findIndex((item) => !endsAbove(bottom - marker)(item));
  for (const item of items.slice(first)) item.hidden = true;
  return items.length - first;
}
