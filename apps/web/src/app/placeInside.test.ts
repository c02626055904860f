import { describe, expect, it } from 'vitest';
import { EDGE_MARGIN, placeInside } from './placeInside.ts';

const WINDOW = { width: 1280, height: 720 };
/** A menu button 32 px high at (x, y) and a 272 x 300 menu 6 px under it, right-aligned. */
const at = (x: number, y: number) => ({
  anchor: { left: x, top: y, width: 32, height: 32 },
  popover: { left: x + 32 - 272, top: y + 38, width: 272, height: 300 },
});

describe('placing a pop-over inside the window', () => {
  it('leaves one that fits where it is', () => {
    const { popover, anchor } = at(600, 100);
    expect(placeInside(popover, anchor, WINDOW)).toEqual({ x: 0, y: 0 });
  });

  it('leaves one lying on the edge, as a phone’s bottom sheet does', () => {
    const sheet = { left: 0, top: 500, width: 390, height: 344 };
    expect(placeInside(sheet, { left: 340, top: 800, width: 32, height: 32 }, { width: 390, height: 844 })).toEqual({
      x: 0,
      y: 0,
    });
  });

  it('opens above its button at the bottom edge, with the same gap', () => {
    const { popover, anchor } = at(600, 680);
    const shift = placeInside(popover, anchor, WINDOW);
    expect(popover.top + shift.y + popover.height).toBe(anchor.top - 6);
    expect(shift.x).toBe(0);
  });

  it('moves up only as far as needed when there is no room above either, and then beside its button', () => {
    const { popover, anchor } = at(600, 250);
    const shift = placeInside({ ...popover, height: 500 }, anchor, WINDOW);
    expect(popover.top + shift.y + 500).toBe(WINDOW.height - EDGE_MARGIN);
    // Moved up, it would lie over the button that has the keyboard's focus (WCAG 2.4.11).
    expect(popover.left + shift.x).toBe(anchor.left + anchor.width + EDGE_MARGIN);
  });

  it('goes beside its button on the left when there is no room on the right', () => {
    const { popover, anchor } = at(1200, 250);
    const shift = placeInside({ ...popover, height: 500 }, anchor, WINDOW);
    expect(popover.left + shift.x + popover.width).toBe(anchor.left - EDGE_MARGIN);
  });

  it('reads boxes whose sides are getters, as a DOMRect’s are', () => {
    class Rect {
      #box: { left: number; top: number; width: number; height: number };
      constructor(box: { left: number; top: number; width: number; height: number }) {
        this.#box = box;
      }
      get left() {
        return this.#box.left;
      }
      get top() {
        return this.#box.top;
      }
      get width() {
        return this.#box.width;
      }
      get height() {
        return this.#box.height;
      }
    }
    const { popover, anchor } = at(600, 250);
    const shift = placeInside(new Rect({ ...popover, height: 500 }), new Rect(anchor), WINDOW);
    expect(popover.left + shift.x).toBe(anchor.left + anchor.width + EDGE_MARGIN);
  });

  it('keeps the top of one taller than the window in sight', () => {
    const { popover, anchor } = at(600, 250);
    const shift = placeInside({ ...popover, height: 900 }, anchor, WINDOW);
    expect(popover.top + shift.y).toBe(EDGE_MARGIN);
  });

  it('moves in from either side', () => {
    const left = { ...at(100, 100), popover: { ...at(100, 100).popover, left: -140 } };
    expect(placeInside(left.popover, left.anchor, WINDOW).x).toBe(EDGE_MARGIN - left.popover.left);
    const right = { ...at(1200, 100).popover, left: 1100 };
    expect(right.left + placeInside(right, at(1200, 100).anchor, WINDOW).x + right.width).toBe(
      WINDOW.width - EDGE_MARGIN,
    );
  });

  it('keeps one that a scrolling box cuts off at the top in sight below the box’s top edge', () => {
    // The table's box begins at 188 px; a 665 px menu of a first-row note at 320 px.
    const anchor = { left: 400, top: 282, width: 32, height: 32 };
    const menu = { left: 160, top: 320, width: 272, height: 665 };
    const shift = placeInside(menu, anchor, { top: 188, width: 1366, height: 580 });
    expect(menu.top + shift.y).toBe(188 + EDGE_MARGIN);
  });
});
