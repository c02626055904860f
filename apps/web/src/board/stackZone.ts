import type { NoteId } from '@avaa/board-model';
import type { Over } from '@dnd-kit/core';
import { createContext } from 'react';

/**
 * A note's middle as a drop target of its own: dropping a note there stacks it onto that note,
 * while its top and bottom edges (the gaps between notes) keep reordering. A droppable of its own
 * (not the note's sortable one), so that over it the cell's notes stop making room and the note
 * under the finger stays where it is seen.
 */
const PREFIX = 'stack:';

export function stackZoneId(note: NoteId): string {
  return `${PREFIX}${note}`;
}

export function isStackZone(id: unknown): boolean {
  return typeof id === 'string' && id.startsWith(PREFIX);
}

/** The note a drop over `over` would stack onto, if `over` is a note's middle. */
export function stackHead(over: Over | null): NoteId | null {
  const head = over?.data.current?.stackOf;
  return isStackZone(over?.id) && typeof head === 'string' ? (head as NoteId) : null;
}

/** The share of a note's height, from its top and from its bottom, that still reorders. */
export const REORDER_EDGE = 0.25;

/**
 * Whether the zones are live: during a pointer or touch drag only. The keyboard moves among the
 * notes' own targets (its coordinates step from rect to rect), and stacks from the note's menu.
 */
export const StackZonesContext = createContext(false);
