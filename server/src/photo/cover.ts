import type { Region, Regions } from './segment.ts';
import { type Box, edgeDirections } from './squares.ts';

/** A hidden part of a square costs this much against a seen one: enough to keep squares tight, little enough to complete a covered note. */
const HIDDEN_COST = 0.2;

/**
 * Each px of a square's side that runs along the region's edge against the paper gains this
 * much times the side: in a pile of notes of one colour, a square across two of them fits the
 * colour as well as a true one, but its sides run through the pile, not along its edges.
 */
const EDGE_GAIN = 0.5;

type Grid = {
  readonly size: number;
  readonly angle: number;
  readonly cx: number;
  readonly cy: number;
  /** 1 where a note (any) may lie. */
  readonly allowed: Uint8Array;
  /** The region's pixel index at each grid cell, -1 elsewhere. */
  readonly own: Int32Array;
  /** Prefix sums of the cells where another note lies. */
  readonly hidden: Float64Array;
  /** The region's cells within 2 px of the paper above or below (1), left or right (2), both (3). */
  readonly edge: Uint8Array;
};

/** The region's surroundings turned by -angle onto a square grid, nearest pixel. */
function turnedGrid(regions: Regions, region: Region, angle: number, reach: number): Grid {
  const { width, height, labels, allowed } = regions;
  const { x0, y0, x1, y1 } = region.box;
  const cx = (x0 + x1 + 1) / 2;
  const cy = (y0 + y1 + 1) / 2;
  const size = Math.ceil(Math.hypot(x1 - x0 + 1, y1 - y0 + 1) + 2 * reach);
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const grid = { size, angle, cx, cy, allowed: new Uint8Array(size * size), own: new Int32Array(size * size).fill(-1) };
  for (let v = 0; v < size; v++) {
    for (let u = 0; u < size; u++) {
      const du = u + 0.5 - size / 2;
      const dv = v + 0.5 - size / 2;
      const x = Math.floor(cx + c * du - s * dv);
      const y = Math.floor(cy + s * du + c * dv);
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      const p = y * width + x;
      const i = v * size + u;
      grid.allowed[i] = allowed[p]!;
      if (labels[p] === region.label) grid.own[i] = p;
    }
  }
  const hidden = integral(size, (i) => (grid.allowed[i] && grid.own[i]! < 0 ? 1 : 0));
  const paper = (u: number, v: number) => u < 0 || v < 0 || u >= size || v >= size || !grid.allowed[v * size + u];
  const edge = new Uint8Array(size * size);
  for (let v = 0; v < size; v++) {
    for (let u = 0; u < size; u++) {
      if (grid.own[v * size + u]! < 0) continue;
      const across = paper(u, v - 1) || paper(u, v - 2) || paper(u, v + 1) || paper(u, v + 2);
      const down = paper(u - 1, v) || paper(u - 2, v) || paper(u + 1, v) || paper(u + 2, v);
      edge[v * size + u] = (across ? 1 : 0) | (down ? 2 : 0);
    }
  }
  return { ...grid, hidden, edge };
}

type Found = { score: number; seen: number; u: number; v: number; side: number; grid: Grid };

/** Prefix sums over the grid (one row and column of zeros first). */
function integral(size: number, value: (i: number) => number, on?: Uint8Array): Float64Array {
  const n = size + 1;
  const sum = new Float64Array(n * n);
  for (let v = 0; v < size; v++) {
    let row = 0;
    for (let u = 0; u < size; u++) {
      row += on ? on[v * size + u]! : value(v * size + u);
      sum[(v + 1) * n + u + 1] = sum[v * n + u + 1]! + row;
    }
  }
  return sum;
}

/** The best square on the grid: the most of the region not yet explained, little hidden, wholly where notes lie. */
function bestSquare(grid: Grid, explained: Uint8Array, minSide: number, maxSide: number): Found | undefined {
  const { size } = grid;
  const n = size + 1;
  const open = new Uint8Array(size * size);
  for (let i = 0; i < open.length; i++) open[i] = grid.own[i]! >= 0 && !explained[grid.own[i]!] ? 1 : 0;
  const seen = integral(size, () => 0, open);
  const { hidden } = grid;
  // Edges not yet explained, summed along rows (edges above or below) and down columns (left or right).
  const rows = new Int32Array(size * (size + 1));
  const columns = new Int32Array(size * (size + 1));
  for (let v = 0; v < size; v++) {
    for (let u = 0; u < size; u++) {
      const i = v * size + u;
      const e = open[i] ? grid.edge[i]! : 0;
      rows[v * (size + 1) + u + 1] = rows[v * (size + 1) + u]! + (e & 1);
      columns[u * (size + 1) + v + 1] = columns[u * (size + 1) + v]! + ((e >> 1) & 1);
    }
  }
  const along = (v: number, u0: number, u1: number) => rows[v * (size + 1) + u1 + 1]! - rows[v * (size + 1) + u0]!;
  const down = (u: number, v0: number, v1: number) => columns[u * (size + 1) + v1 + 1]! - columns[u * (size + 1) + v0]!;
  // Largest all-allowed square ending at each cell (bottom-right), the classic recurrence.
  const reach = new Int32Array(size * size);
  let best: Found | undefined;
  for (let v = 0; v < size; v++) {
    for (let u = 0; u < size; u++) {
      const i = v * size + u;
      if (!grid.allowed[i]) continue;
      const up = v > 0 ? reach[i - size]! : 0;
      const left = u > 0 ? reach[i - 1]! : 0;
      const diagonal = u > 0 && v > 0 ? reach[i - size - 1]! : 0;
      const r = 1 + Math.min(up, left, diagonal);
      reach[i] = r;
      // Every other side, then the best one's neighbours: a px of side is all that is lost.
      for (let side = Math.min(r, maxSide); side >= minSide; side -= 2) {
        const a = (v + 1 - side) * n + (u + 1 - side);
        const b = (v + 1 - side) * n + (u + 1);
        const c = (v + 1) * n + (u + 1 - side);
        const d = (v + 1) * n + (u + 1);
        const own = seen[d]! - seen[b]! - seen[c]! + seen[a]!;
        if (own < 0.2 * side * side) continue;
        const [left, top] = [u + 1 - side, v + 1 - side];
        const edges = along(top, left, u) + along(v, left, u) + down(left, top, v) + down(u, top, v);
        const score =
          own - HIDDEN_COST * (hidden[d]! - hidden[b]! - hidden[c]! + hidden[a]!) + EDGE_GAIN * edges * side;
        if (!best || score > best.score) best = { score, seen: own, u: left, v: top, side, grid };
      }
    }
  }
  return best;
}

function foundBox(f: Found): Box {
  const { grid } = f;
  const c = Math.cos(grid.angle);
  const s = Math.sin(grid.angle);
  const du = f.u + f.side / 2 - grid.size / 2;
  const dv = f.v + f.side / 2 - grid.size / 2;
  return { cx: grid.cx + c * du - s * dv, cy: grid.cy + s * du + c * dv, angle: grid.angle, w: f.side, h: f.side };
}

/**
 * A region that is not one clean rectangle explained as notes: squares in the region's edge
 * directions, each lying wholly where notes are (its hidden part under other notes), chosen
 * greedily by how much of the region they explain, until what is left is less than a small note.
 */
export function coverWithSquares(
  regions: Regions,
  region: Region,
  angles: readonly number[],
  minSide: number,
  maxSide: number,
): Box[] {
  const grids = new Map<number, Grid>();
  const gridAt = (angle: number) => {
    // Within half a degree a grid already turned serves.
    const key = Math.round((((angle % (Math.PI / 2)) + Math.PI / 2) % (Math.PI / 2)) * (360 / Math.PI)) % 180;
    const known = grids.get(key);
    if (known) return known;
    const grid = turnedGrid(regions, region, (key * Math.PI) / 360, maxSide / 2);
    grids.set(key, grid);
    return grid;
  };
  const explained = new Uint8Array(regions.width * regions.height);
  const boxes: Box[] = [];
  let left = region.pixels.length;
  for (let round = 0; round < 6 && left >= 0.5 * minSide * minSide; round++) {
    let best: Found | undefined;
    // The edges of what is left tell the next note's turn (a note under another shows fewer edges).
    const turns = round === 0 ? angles : [...edgeDirections(regions, region, explained), ...angles];
    for (const grid of new Set(turns.map(gridAt))) {
      const found = bestSquare(grid, explained, minSide, maxSide);
      if (found && (!best || found.score > best.score)) best = found;
    }
    if (!best || best.seen < 0.5 * minSide * minSide) break;
    const { grid } = best;
    for (let v = best.v; v < best.v + best.side; v++) {
      for (let u = best.u; u < best.u + best.side; u++) {
        const p = grid.own[v * grid.size + u]!;
        if (p >= 0 && !explained[p]) {
          explained[p] = 1;
          left--;
        }
      }
    }
    boxes.push(foundBox(best));
  }
  return boxes;
}
