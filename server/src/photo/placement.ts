import type { CellId } from '@avaa/board-model';
import type { SheetCell } from '@avaa/print/markers';
import type { Point } from './homography.ts';

/** A note lying less than this share in its cell is flagged as crossing a border. */
export const CROSSES_BORDER_BELOW = 0.85;

/** Points spread evenly over a quadrilateral (n x n), to share it out by area. */
export function spread(corners: readonly Point[], n = 10): Point[] {
  const [a, b, c, d] = corners as [Point, Point, Point, Point];
  const out: Point[] = [];
  for (let i = 0; i < n; i++) {
    const s = (i + 0.5) / n;
    for (let j = 0; j < n; j++) {
      const t = (j + 0.5) / n;
      const top = { x: a.x + (b.x - a.x) * s, y: a.y + (b.y - a.y) * s };
      const bottom = { x: d.x + (c.x - d.x) * s, y: d.y + (c.y - d.y) * s };
      out.push({ x: top.x + (bottom.x - top.x) * t, y: top.y + (bottom.y - top.y) * t });
    }
  }
  return out;
}

export function insidePolygon(poly: readonly Point[], p: Point): boolean {
  let odd = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i]!;
    const b = poly[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) odd = !odd;
  }
  return odd;
}

export type CellPlace = {
  readonly cell: CellId;
  /** Index of the cell in the sheet's layout (the reading order of cells). */
  readonly order: number;
  readonly inCell: number;
  readonly crossesBorder: boolean;
  readonly offTable: boolean;
};

/**
 * The cell where most of the note lies (by area, over the whole cell as printed), and the flags
 * a reviewer needs: `offTable` when under half of it lies in any cell (it then goes to the cell
 * it lies most in, or the nearest), `crossesBorder` when a good part lies in another.
 */
export function placeInCell(cells: readonly SheetCell[], cornersMm: readonly Point[]): CellPlace {
  const points = spread(cornersMm);
  const counts = new Array<number>(cells.length).fill(0);
  for (const p of points) {
    const i = cells.findIndex(
      (c) => p.x >= c.rect.x && p.x < c.rect.x + c.rect.width && p.y >= c.rect.y && p.y < c.rect.y + c.rect.height,
    );
    if (i >= 0) counts[i]!++;
  }
  let best = counts.indexOf(Math.max(...counts));
  if (counts[best] === 0) {
    const cx = cornersMm.reduce((s, p) => s + p.x, 0) / cornersMm.length;
    const cy = cornersMm.reduce((s, p) => s + p.y, 0) / cornersMm.length;
    const distance = (c: SheetCell) =>
      Math.hypot(
        Math.max(c.rect.x - cx, 0, cx - c.rect.x - c.rect.width),
        Math.max(c.rect.y - cy, 0, cy - c.rect.y - c.rect.height),
      );
    best = cells.reduce((b, c, i) => (distance(c) < distance(cells[b]!) ? i : b), 0);
  }
  const inCell = counts[best]! / points.length;
  const offTable = inCell < 0.5;
  return {
    cell: cells[best]!.cell,
    order: best,
    inCell,
    offTable,
    crossesBorder: !offTable && inCell < CROSSES_BORDER_BELOW,
  };
}
