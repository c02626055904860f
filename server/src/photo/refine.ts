import type { Point } from './homography.ts';
import type { PhotoPixels } from './pixels.ts';

/** Luminance at a sub-pixel point (bilinear), 0-255. */
function grey(photo: PhotoPixels, x: number, y: number): number {
  const x0 = Math.max(0, Math.min(photo.width - 2, Math.floor(x)));
  const y0 = Math.max(0, Math.min(photo.height - 2, Math.floor(y)));
  const fx = Math.max(0, Math.min(1, x - x0));
  const fy = Math.max(0, Math.min(1, y - y0));
  const at = (xx: number, yy: number) => {
    const i = (yy * photo.width + xx) * 4;
    return 0.299 * photo.data[i]! + 0.587 * photo.data[i + 1]! + 0.114 * photo.data[i + 2]!;
  };
  const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
  const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
  return top * (1 - fy) + bottom * fy;
}

type Line = { readonly point: Point; readonly direction: Point };

/** Where the profile from inside (black border) to outside (white quiet zone) crosses mid-grey, in px along it. */
function crossing(values: readonly number[], step: number, from: number): number | undefined {
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (high - low < 30) return undefined;
  const mid = (low + high) / 2;
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1]!;
    const b = values[i]!;
    if (a < mid && b >= mid) return from + (i - 1 + (mid - a) / (b - a)) * step;
  }
  return undefined;
}

/** The line through an edge of the marker, fitted to where the grey level steps up across it. */
function edgeLine(photo: PhotoPixels, a: Point, b: Point, centre: Point, reach: number): Line | undefined {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const d = { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
  let n = { x: -d.y, y: d.x };
  if (n.x * (centre.x - a.x) + n.y * (centre.y - a.y) > 0) n = { x: -n.x, y: -n.y };
  const points: Point[] = [];
  const step = 0.25;
  for (let t = 0.15; t <= 0.851; t += 0.07) {
    const base = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    const values: number[] = [];
    for (let s = -reach; s <= reach + 1e-9; s += step) values.push(grey(photo, base.x + n.x * s, base.y + n.y * s));
    const s = crossing(values, step, -reach);
    if (s !== undefined) points.push({ x: base.x + n.x * s, y: base.y + n.y * s });
  }
  if (points.length < 5) return undefined;
  const cx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const cy = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of points) {
    sxx += (p.x - cx) ** 2;
    sxy += (p.x - cx) * (p.y - cy);
    syy += (p.y - cy) ** 2;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  return { point: { x: cx, y: cy }, direction: { x: Math.cos(angle), y: Math.sin(angle) } };
}

function intersect(l: Line, m: Line): Point | undefined {
  const det = l.direction.x * m.direction.y - l.direction.y * m.direction.x;
  if (Math.abs(det) < 1e-6) return undefined;
  const t = ((m.point.x - l.point.x) * m.direction.y - (m.point.y - l.point.y) * m.direction.x) / det;
  return { x: l.point.x + t * l.direction.x, y: l.point.y + t * l.direction.y };
}

/**
 * A marker's corners to a fraction of a pixel: each edge's line fitted through where the grey
 * steps from the black border to the white quiet zone (blur moves that step symmetrically, so
 * the mid-grey crossing stays on the true edge), the corners where the lines meet. js-aruco2's
 * corners are whole pixels of a shrunk photo; a map extrapolated from them errs by millimetres.
 * Keeps the given corners when an edge cannot be read or a corner would move more than half a module.
 */
export function refineCorners(photo: PhotoPixels, corners: readonly Point[], modules: number): readonly Point[] {
  const centre = {
    x: corners.reduce((s, p) => s + p.x, 0) / corners.length,
    y: corners.reduce((s, p) => s + p.y, 0) / corners.length,
  };
  const side =
    corners.reduce((s, p, i) => s + Math.hypot(corners[(i + 1) % 4]!.x - p.x, corners[(i + 1) % 4]!.y - p.y), 0) / 4;
  const module = side / modules;
  const reach = Math.max(1.5, 0.8 * module);
  const lines = corners.map((p, i) => edgeLine(photo, p, corners[(i + 1) % 4]!, centre, reach));
  const refined = corners.map((_, i) => {
    const before = lines[(i + 3) % 4];
    const after = lines[i];
    return before && after ? intersect(before, after) : undefined;
  });
  const moved = refined.every(
    (q, i) => q && Math.hypot(q.x - corners[i]!.x, q.y - corners[i]!.y) < Math.max(2.5, module / 2),
  );
  return moved ? (refined as Point[]) : corners;
}
