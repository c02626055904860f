import type { Point } from './homography.ts';
import type { Region, Regions } from './segment.ts';

/** A rotated rectangle in rectified px: centre, the direction of its first side (radians), its sides. */
export type Box = {
  readonly cx: number;
  readonly cy: number;
  readonly angle: number;
  readonly w: number;
  readonly h: number;
};

export function boxCorners(b: Box): Point[] {
  const c = Math.cos(b.angle);
  const s = Math.sin(b.angle);
  return [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ].map(([u, v]) => ({
    x: b.cx + (c * u! * b.w) / 2 - (s * v! * b.h) / 2,
    y: b.cy + (s * u! * b.w) / 2 + (c * v! * b.h) / 2,
  }));
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** The convex hull (Andrew's monotone chain) of the region's pixels' corners. */
function hull(region: Region, width: number): Point[] {
  const rows = new Map<number, [number, number]>();
  for (const p of region.pixels) {
    const x = p % width;
    const y = (p - x) / width;
    const row = rows.get(y);
    if (row) rows.set(y, [Math.min(row[0], x), Math.max(row[1], x)]);
    else rows.set(y, [x, x]);
  }
  const points: Point[] = [];
  for (const [y, [a, b]] of rows) points.push({ x: a, y }, { x: a, y: y + 1 }, { x: b + 1, y }, { x: b + 1, y: y + 1 });
  points.sort((p, q) => p.x - q.x || p.y - q.y);
  const half = (list: Point[]) => {
    const out: Point[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(points), ...half([...points].reverse())];
}

/** The smallest rotated rectangle around the region (rotating calipers over its hull's edges). */
export function minAreaBox(region: Region, width: number): Box {
  const h = hull(region, width);
  let best: Box = { cx: 0, cy: 0, angle: 0, w: 0, h: 0 };
  let bestArea = Infinity;
  for (let i = 0; i < h.length; i++) {
    const a = h[i]!;
    const b = h[(i + 1) % h.length]!;
    const angle = Math.atan2(b.y - a.y, b.x - a.x);
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    let [u0, u1, v0, v1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const p of h) {
      const u = c * p.x + s * p.y;
      const v = -s * p.x + c * p.y;
      u0 = Math.min(u0, u);
      u1 = Math.max(u1, u);
      v0 = Math.min(v0, v);
      v1 = Math.max(v1, v);
    }
    const area = (u1 - u0) * (v1 - v0);
    if (area < bestArea) {
      bestArea = area;
      const um = (u0 + u1) / 2;
      const vm = (v0 + v1) / 2;
      best = { cx: c * um - s * vm, cy: s * um + c * vm, angle, w: u1 - u0, h: v1 - v0 };
    }
  }
  return best;
}

/** The region's pixels on its edge against the paper (a pixel one or two px out is no note). */
function edgePoints(regions: Regions, region: Region, explained?: Uint8Array): Float64Array {
  const { width, height, labels, allowed } = regions;
  const out: number[] = [];
  const paper = (q: number) => !allowed[q] && labels[q] !== region.label;
  for (const p of region.pixels) {
    const x = p % width;
    const y = (p - x) / width;
    if (x < 2 || y < 2 || x >= width - 2 || y >= height - 2 || explained?.[p]) continue;
    if (paper(p - 2) || paper(p + 2) || paper(p - 2 * width) || paper(p + 2 * width)) out.push(x + 0.5, y + 0.5);
  }
  return Float64Array.from(out);
}

/** How sharply the points pile up along lines in direction `angle` and across it (sum of squared counts of 1 px bins). */
function alignment(points: Float64Array, angle: number, bins: Int32Array, reach: number): number {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  bins.fill(0);
  // Along: 0 to 1.5 reach; across: -reach to reach, kept apart from 2 reach on.
  for (let i = 0; i < points.length; i += 2) {
    const x = points[i]!;
    const y = points[i + 1]!;
    bins[Math.floor(c * x + s * y)]!++;
    bins[3 * reach + Math.floor(-s * x + c * y)]!++;
  }
  let sum = 0;
  for (let i = 0; i < bins.length; i++) sum += bins[i]! * bins[i]!;
  return sum;
}

/**
 * The directions (radians, 0 to pi/2) of the region's edges against the paper: the turns at
 * which its edge pixels (those not `explained` yet) line up best along and across, in half
 * degrees; up to three, two notes of one colour lying over each other turned differently giving two. (The gradient's direction
 * would be quicker, but a sharp edge's pixel steps pull it to the axes.)
 */
export function edgeDirections(regions: Regions, region: Region, explained?: Uint8Array): number[] {
  const points = edgePoints(regions, region, explained);
  if (points.length < 16) return [];
  const { x0, y0, x1, y1 } = region.box;
  const reach = Math.ceil(Math.max(x1 - x0, y1 - y0) + 2);
  const bins = new Int32Array(5 * reach);
  const local = points.map((v, i) => v - (i % 2 === 0 ? x0 : y0));
  const scores = Array.from({ length: 180 }, (_, i) => alignment(local, (i * Math.PI) / 360, bins, reach));
  const top = Math.max(...scores);
  const low = Math.min(...scores);
  const peaks: { at: number; value: number }[] = [];
  for (let i = 0; i < 180; i++) {
    const v = scores[i]!;
    const before = scores[(i + 179) % 180]!;
    const after = scores[(i + 1) % 180]!;
    if (v - low < 0.4 * (top - low) || v < before || v <= after) continue;
    peaks.push({ at: i / 2, value: v });
  }
  return peaks
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map((p) => (p.at * Math.PI) / 180);
}
