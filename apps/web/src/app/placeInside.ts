export type Box = { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
export type Shift = { readonly x: number; readonly y: number };

/** Room kept between a pop-over and the window's edge. */
export const EDGE_MARGIN = 8;

/**
 * How far to move a pop-over, laid out where its CSS puts it (`popover`, under its button),
 * so that it lies inside `bounds` (the window, less what a scrolling box hides): past the bottom
 * it opens above its button (`anchor`) when there is room there, else it moves up as far as
 * needed, never past the top; past a side it moves in. One taller or wider than the bounds
 * keeps its top or its start in sight. One that then lies over its button goes beside it where
 * there is room: the button keeps the keyboard's focus, which must stay in sight (2.4.11).
 */
export function placeInside(popover: Box, anchor: Box, bounds: Bounds): Shift {
  const x = shiftX(popover, bounds.width);
  const y = shiftY(popover, anchor, bounds);
  // Not a spread: a DOMRect's sides are getters, which a spread leaves behind.
  const placed = { left: popover.left + x, top: popover.top + y, width: popover.width, height: popover.height };
  return { x: overlaps(placed, anchor) ? (besideX(popover, anchor, bounds.width) ?? x) : x, y };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** The shift that puts the pop-over right of its button, else left of it; null if neither fits. */
function besideX(popover: Box, anchor: Box, width: number): number | null {
  const right = anchor.left + anchor.width + EDGE_MARGIN;
  if (right + popover.width <= width - EDGE_MARGIN) return right - popover.left;
  const left = anchor.left - EDGE_MARGIN - popover.width;
  return left >= EDGE_MARGIN ? left - popover.left : null;
}

/** The window, or the part of it a clipping box (the table's scrolling area) leaves in sight. */
export type Bounds = { readonly top?: number; readonly width: number; readonly height: number };

function shiftY(popover: Box, anchor: Box, bounds: Bounds): number {
  const top = bounds.top ?? 0;
  const bottom = top + bounds.height;
  // Inside is enough (a phone's bottom sheet lies on the edge); one that is moved keeps a margin.
  if (popover.top >= top && popover.top + popover.height <= bottom) return 0;
  const gap = Math.max(0, popover.top - (anchor.top + anchor.height));
  const above = anchor.top - gap - popover.height;
  if (above >= top + EDGE_MARGIN && popover.top + popover.height > bottom) return above - popover.top;
  return Math.max(top + EDGE_MARGIN, bottom - EDGE_MARGIN - popover.height) - popover.top;
}

function shiftX(popover: Box, width: number): number {
  if (popover.left < 0) return EDGE_MARGIN - popover.left;
  if (popover.left + popover.width > width) {
    return Math.max(EDGE_MARGIN, width - EDGE_MARGIN - popover.width) - popover.left;
  }
  return 0;
}
