import type { RefCallback } from 'react';
import { useListFit } from './useListFit.ts';

/** The "+N more" marker's padding in the list's type (0.1em above and below) and its gap, px. */
const MORE_MARKER_PADDING_EM = 0.2;
const MORE_MARKER_GAP = 4;

/**
 * Shows as many whole notes of a list as fit its box and hides the rest, counting them for a
 * "+N more": a note is never shrunk below the projector's type size. The marker lies over the
 * list's foot (it never takes the list's height, so showing it cannot hide a note that had
 * room). A note too long for the box hides alone: the shorter ones after it still show; and
 * when not one fits, the first shows as far as it goes, faded at the foot (`fit-clamped`),
 * rather than an empty box that says "+1 more".
 */
export function useNotesThatFit(key: string): { ref: RefCallback<HTMLElement>; hidden: number } {
  const { ref, fitted } = useListFit(key, hideOverflowing, 0);
  return { ref, hidden: fitted };
}

/** The class of a box's only item shown as far as it fits (see projector.css). */
export const CLAMPED = 'fit-clamped';

/**
 * Reveals every item; if they do not all end inside the list, hides, in order, each one that
 * does not end above the "+N more" marker (the later ones move up into its room and are
 * measured there), and says how many it hid.
 */
export function hideOverflowing(list: HTMLElement): number {
  const items = Array.from(list.children).filter((child): child is HTMLElement => child instanceof HTMLElement);
  for (const item of items) {
    item.hidden = false;
    item.classList.remove(CLAMPED);
    item.style.removeProperty('max-height');
  }
  const bottom = list.getBoundingClientRect().top + list.clientHeight + 0.5;
  const endsAbove = (limit: number) => (item: HTMLElement) => item.getBoundingClientRect().bottom <= limit;
  if (items.every(endsAbove(bottom))) return 0;
  // The marker's line is the list's: a user's stylesheet may set a taller one (WCAG 1.4.12).
  const style = getComputedStyle(list);
  const font = Number.parseFloat(style.fontSize);
  const line = Number.parseFloat(style.lineHeight) || font * 1.2;
  const limit = bottom - (line + font * MORE_MARKER_PADDING_EM + MORE_MARKER_GAP);
  let hidden = 0;
  for (const item of items) {
    if (endsAbove(limit)(item)) continue;
    item.hidden = true;
    hidden++;
  }
  const first = items[0];
  if (first && hidden === items.length) {
    first.hidden = false;
    first.classList.add(CLAMPED);
    first.style.maxHeight = `${Math.max(line, limit - first.getBoundingClientRect().top)}px`;
    hidden--;
  }
  return hidden;
}
