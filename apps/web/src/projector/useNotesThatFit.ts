import type { RefCallback } from 'react';
import { useListFit } from './useListFit.ts';

/** The "+N more" marker's height in the list's type (line height 1.2, padding 0.2em) and its gap, px. */
const MORE_MARKER_EM = 1.4;
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
  const marker = Number.parseFloat(getComputedStyle(list).fontSize) * MORE_MARKER_EM + MORE_MARKER_GAP;
  const first = items.findIndex((item) => !endsAbove(bottom - marker)(item));
  for (const item of items.slice(first)) item.hidden = true;
  return items.length - first;
}
