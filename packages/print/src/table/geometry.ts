import { DIMENSION_IDS, PHASE_IDS } from '@avaa/board-model';
import type { Size } from '../paper.ts';

/** Where things go on a table page, in mm from the page's top-left corner. */
export type TableGeometry = {
  readonly page: Size;
  readonly scale: number;
  readonly margin: number;
  /** The band above the grid with the title, board, round and date. */
  readonly titleHeight: number;
  readonly footerHeight: number;
  readonly dimensionWidth: number;
  readonly phaseHeight: number;
  readonly cellWidth: number;
  /** The rows' height if shared equally; `rowHeights` is how they are shared on this table. */
  readonly cellHeight: number;
  readonly rowHeights: readonly number[];
  /** Space between a cell's rule and its notes, and between notes. */
  readonly pad: number;
  readonly gridLeft: number;
  readonly gridTop: number;
};

export type Rect = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/**
 * `scale` is the paper's size relative to A4: every length grows with it. `phaseRows` is the
 * height of the phase header row in A4 mm (the blank template makes it taller for its QR code).
 */
export function tableGeometry(page: Size, scale: number, phaseRows = 11): TableGeometry {
  const margin = 10 * scale;
  const titleHeight = 11 * scale;
  const footerHeight = 7 * scale;
  const dimensionWidth = 34 * scale;
  const phaseHeight = phaseRows * scale;
  const gridLeft = margin;
  const gridTop = margin + titleHeight;
  const cellWidth = (page.width - 2 * margin - dimensionWidth) / PHASE_IDS.length;
  const cellHeight = (page.height - gridTop - phaseHeight - footerHeight - margin) / DIMENSION_IDS.length;
  return {
    page,
    scale,
    margin,
    titleHeight,
    footerHeight,
    dimensionWidth,
    phaseHeight,
    cellWidth,
    cellHeight,
    rowHeights: DIMENSION_IDS.map(() => cellHeight),
    pad: 1.5 * scale,
    gridLeft,
    gridTop,
  };
}

/** The same page with the rows' heights shared as given (they add up to the grid's height). */
export function withRowHeights(g: TableGeometry, rowHeights: readonly number[]): TableGeometry {
  return { ...g, rowHeights };
}

function rowTop(g: TableGeometry, row: number): number {
  return g.gridTop + g.phaseHeight + g.rowHeights.slice(0, row).reduce((sum, h) => sum + h, 0);
}

/** The cell of phase column `column` and dimension row `row` (both from 0), rule to rule. */
export function cellRect(g: TableGeometry, column: number, row: number): Rect {
  return {
    x: g.gridLeft + g.dimensionWidth + column * g.cellWidth,
    y: rowTop(g, row),
    width: g.cellWidth,
    height: g.rowHeights[row] ?? g.cellHeight,
  };
}

export function phaseRect(g: TableGeometry, column: number): Rect {
  return {
    x: g.gridLeft + g.dimensionWidth + column * g.cellWidth,
    y: g.gridTop,
    width: g.cellWidth,
    height: g.phaseHeight,
  };
}

export function dimensionRect(g: TableGeometry, row: number): Rect {
  return { x: g.gridLeft, y: rowTop(g, row), width: g.dimensionWidth, height: g.rowHeights[row] ?? g.cellHeight };
}

/** The corner above the dimension headers and left of the phase headers. */
export function cornerRect(g: TableGeometry): Rect {
  return { x: g.gridLeft, y: g.gridTop, width: g.dimensionWidth, height: g.phaseHeight };
}

export function inset(rect: Rect, by: number): Rect {
  return { x: rect.x + by, y: rect.y + by, width: rect.width - 2 * by, height: rect.height - 2 * by };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** Where the QR code goes: the table's empty corner, so it takes no cell's room. */
export function qrRect(g: TableGeometry): Rect {
  const corner = cornerRect(g);
  const size = Math.min(corner.height, corner.width) - g.pad;
  return { x: corner.x + (corner.width - size) / 2, y: corner.y + g.pad / 2, width: size, height: size };
}
