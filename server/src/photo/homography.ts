/** A point in a photo (px) or on a sheet (mm). */
export type Point = { readonly x: number; readonly y: number };

/** A plane-to-plane projective map, row-major 3 x 3 with h[8] = 1. */
export type Homography = readonly number[];

export function project(h: Homography, p: Point): Point {
  const w = h[6]! * p.x + h[7]! * p.y + h[8]!;
  return { x: (h[0]! * p.x + h[1]! * p.y + h[2]!) / w, y: (h[3]! * p.x + h[4]! * p.y + h[5]!) / w };
}

/** Moves points to their centroid and scales them to mean distance sqrt 2 (Hartley), for a well-conditioned fit. */
function normaliser(points: readonly Point[]): Homography {
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  const mean = points.reduce((s, p) => s + Math.hypot(p.x - cx, p.y - cy), 0) / points.length || 1;
  const k = Math.SQRT2 / mean;
  return [k, 0, -k * cx, 0, k, -k * cy, 0, 0, 1];
}

function multiply(a: Homography, b: Homography): number[] {
  const out: number[] = [];
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) out.push(a[r * 3]! * b[c]! + a[r * 3 + 1]! * b[3 + c]! + a[r * 3 + 2]! * b[6 + c]!);
  }
  return out;
}

export function invert(h: Homography): Homography {
  const [a, b, c, d, e, f, g, i, j] = h as [number, number, number, number, number, number, number, number, number];
  const m = [
    e * j - f * i,
    c * i - b * j,
    b * f - c * e,
    f * g - d * j,
    a * j - c * g,
    c * d - a * f,
    d * i - e * g,
    b * g - a * i,
    a * e - b * d,
  ];
  return m.map((v) => v / m[8]!);
}

/** Solves the square system `a x = b` by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    for (let r = col + 1; r < n; r++) {
      const k = a[r]![col]! / a[col]![col]!;
      for (let c = col; c < n; c++) a[r]![c]! -= k * a[col]![c]!;
      b[r]! -= k * b[col]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let c = r + 1; c < n; c++) s -= a[r]![c]! * x[c]!;
    x[r] = s / a[r]![r]!;
  }
  return x;
}

/** The least-squares homography taking `from[i]` to `to[i]` (4 or more pairs, no three collinear). */
export function fitHomography(from: readonly Point[], to: readonly Point[]): Homography {
  const nf = normaliser(from);
  const nt = normaliser(to);
  const ata = Array.from({ length: 8 }, () => new Array<number>(8).fill(0));
  const atb = new Array<number>(8).fill(0);
  from.forEach((p, i) => {
    const s = project(nf, p);
    const t = project(nt, to[i]!);
    const rows: [number[], number][] = [
      [[s.x, s.y, 1, 0, 0, 0, -t.x * s.x, -t.x * s.y], t.x],
      [[0, 0, 0, s.x, s.y, 1, -t.y * s.x, -t.y * s.y], t.y],
    ];
    for (const [row, rhs] of rows) {
      for (let r = 0; r < 8; r++) {
        atb[r]! += row[r]! * rhs;
        for (let c = 0; c < 8; c++) ata[r]![c]! += row[r]! * row[c]!;
      }
    }
  });
  const h = [...solve(ata, atb), 1];
  const full = multiply(invert(nt), multiply(h, nf));
  return full.map((v) => v / full[8]!);
}
