import { type Homography, project } from './homography.ts';
import type { PhotoPixels } from './pixels.ts';

/**
 * A sheet seen square-on: the photo resampled through the sheet's `pageToPhoto` at `ppm` px per
 * mm, so perspective is gone and a note is a rotated square. Colours are divided by the local
 * paper white (per channel), so uneven light and a colour cast leave the paper at about 1.
 */
export type Rectified = {
  readonly width: number;
  readonly height: number;
  /** px per sheet mm. */
  readonly ppm: number;
  /** Red, green, blue relative to the local paper white, row by row, three a pixel. */
  readonly rgb: Float32Array;
  /** 1 where the pixel lies in the photo. */
  readonly seen: Uint8Array;
};

/** The rectified sheet's long side at most (a note stays 40 px or more on every printout). */
export const RECTIFIED_SIDE = 1000;

/** The photo's px per sheet mm, on average over the sheet. */
function photoPpm(pageToPhoto: Homography, page: { width: number; height: number }): number {
  const c = [
    { x: 0, y: 0 },
    { x: page.width, y: 0 },
    { x: page.width, y: page.height },
    { x: 0, y: page.height },
  ].map((p) => project(pageToPhoto, p));
  let area = 0;
  for (let i = 0; i < 4; i++) area += c[i]!.x * c[(i + 1) % 4]!.y - c[(i + 1) % 4]!.x * c[i]!.y;
  return Math.sqrt(Math.abs(area) / 2 / (page.width * page.height));
}

/** Resamples the sheet from the photo: each pixel the mean of n x n photo samples over its footprint. */
function resampleSheet(photo: PhotoPixels, h: Homography, width: number, height: number, ppm: number, n: number) {
  const rgb = new Float32Array(width * height * 3);
  const seen = new Uint8Array(width * height);
  const [a, b, c, d, e, f, g, k, l] = h as [number, number, number, number, number, number, number, number, number];
  const data = photo.data;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0;
      let gr = 0;
      let bl = 0;
      let count = 0;
      for (let j = 0; j < n; j++) {
        const my = (y + (j + 0.5) / n) / ppm;
        for (let i = 0; i < n; i++) {
          const mx = (x + (i + 0.5) / n) / ppm;
          const w = g * mx + k * my + l;
          const px = Math.floor((a * mx + b * my + c) / w);
          const py = Math.floor((d * mx + e * my + f) / w);
          if (px < 0 || py < 0 || px >= photo.width || py >= photo.height) continue;
          const o = (py * photo.width + px) * 4;
          r += data[o]!;
          gr += data[o + 1]!;
          bl += data[o + 2]!;
          count++;
        }
      }
      const p = y * width + x;
      if (count === 0) continue;
      seen[p] = 1;
      rgb[p * 3] = r / count;
      rgb[p * 3 + 1] = gr / count;
      rgb[p * 3 + 2] = bl / count;
    }
  }
  return { rgb, seen };
}

/** Fills blocks without a white estimate from their neighbours, then smooths all once. */
function fillBlocks(white: Float32Array, known: Uint8Array, bw: number, bh: number): void {
  for (let round = 0; round < bw + bh && known.includes(0); round++) {
    const next = known.slice();
    for (let by = 0; by < bh; by++) {
      for (let bx = 0; bx < bw; bx++) {
        const q = by * bw + bx;
        if (known[q]) continue;
        const sum = [0, 0, 0];
        let count = 0;
        for (const [dx, dy] of [
          [1, 0],
          [-1, 0],
          [0, 1],
          [0, -1],
        ] as const) {
          const nx = bx + dx;
          const ny = by + dy;
          if (nx < 0 || ny < 0 || nx >= bw || ny >= bh || !known[ny * bw + nx]) continue;
          for (let ch = 0; ch < 3; ch++) sum[ch]! += white[(ny * bw + nx) * 3 + ch]!;
          count++;
        }
        if (count === 0) continue;
        for (let ch = 0; ch < 3; ch++) white[q * 3 + ch] = sum[ch]! / count;
        next[q] = 1;
      }
    }
    known.set(next);
  }
}

/**
 * The paper white per block of `block` px: the brightest fifth of the block's colourless pixels
 * (paper, not notes, print or shadow), blocks under a note filled from around them.
 */
function paperWhite(rgb: Float32Array, seen: Uint8Array, width: number, height: number, block: number) {
  const bw = Math.ceil(width / block);
  const bh = Math.ceil(height / block);
  const white = new Float32Array(bw * bh * 3);
  const known = new Uint8Array(bw * bh);
  const histogram = new Int32Array(256);
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      histogram.fill(0);
      let count = 0;
      const [xa, xb, ya, yb] = [
        bx * block,
        Math.min(width, (bx + 1) * block),
        by * block,
        Math.min(height, (by + 1) * block),
      ];
      for (let y = ya; y < yb; y++) {
        for (let x = xa; x < xb; x++) {
          const p = y * width + x;
          const r = rgb[p * 3]!;
          const g = rgb[p * 3 + 1]!;
          const b = rgb[p * 3 + 2]!;
          const max = Math.max(r, g, b);
          if (!seen[p] || max <= 40 || max - Math.min(r, g, b) >= 0.12 * max) continue;
          histogram[Math.min(255, Math.floor((r + g + b) / 3))]!++;
          count++;
        }
      }
      if (count < block * block * 0.15) continue;
      let level = 255;
      for (let above = 0; level > 0 && above + histogram[level]! < count / 5; level--) above += histogram[level]!;
      const sum = [0, 0, 0];
      let n = 0;
      for (let y = ya; y < yb; y++) {
        for (let x = xa; x < xb; x++) {
          const p = y * width + x;
          const r = rgb[p * 3]!;
          const g = rgb[p * 3 + 1]!;
          const b = rgb[p * 3 + 2]!;
          const max = Math.max(r, g, b);
          if (!seen[p] || max - Math.min(r, g, b) >= 0.12 * max || (r + g + b) / 3 < level) continue;
          sum[0]! += r;
          sum[1]! += g;
          sum[2]! += b;
          n++;
        }
      }
      const q = by * bw + bx;
      for (let ch = 0; ch < 3; ch++) white[q * 3 + ch] = sum[ch]! / Math.max(1, n);
      known[q] = 1;
    }
  }
  if (!known.includes(1)) {
    white.fill(255);
    known.fill(1);
  }
  fillBlocks(white, known, bw, bh);
  return { white, bw, bh };
}

/** Divides every pixel by the paper white, bilinear between the blocks' centres. */
function normalise(rgb: Float32Array, seen: Uint8Array, width: number, height: number, block: number): void {
  const { white, bw, bh } = paperWhite(rgb, seen, width, height, block);
  const clampX = (bx: number) => Math.min(bw - 1, Math.max(0, bx));
  const clampY = (by: number) => Math.min(bh - 1, Math.max(0, by));
  for (let y = 0; y < height; y++) {
    const fy = (y + 0.5) / block - 0.5;
    const y0 = Math.floor(fy);
    const ty = fy - y0;
    const rowA = clampY(y0) * bw;
    const rowB = clampY(y0 + 1) * bw;
    for (let x = 0; x < width; x++) {
      const fx = (x + 0.5) / block - 0.5;
      const x0 = Math.floor(fx);
      const tx = fx - x0;
      const a = (rowA + clampX(x0)) * 3;
      const b = (rowA + clampX(x0 + 1)) * 3;
      const c = (rowB + clampX(x0)) * 3;
      const d = (rowB + clampX(x0 + 1)) * 3;
      const p = (y * width + x) * 3;
      for (let ch = 0; ch < 3; ch++) {
        const top = white[a + ch]! * (1 - tx) + white[b + ch]! * tx;
        const bottom = white[c + ch]! * (1 - tx) + white[d + ch]! * tx;
        rgb[p + ch] = rgb[p + ch]! / Math.max(20, top * (1 - ty) + bottom * ty);
      }
    }
  }
}

/** The sheet of `page` mm (mapped by `pageToPhoto`) from the photo, square-on and light-corrected, at most `maxPpm` px per mm. */
export function rectify(
  photo: PhotoPixels,
  pageToPhoto: Homography,
  page: { width: number; height: number },
  maxPpm = Number.POSITIVE_INFINITY,
): Rectified {
  const ppm = Math.min(photoPpm(pageToPhoto, page), RECTIFIED_SIDE / Math.max(page.width, page.height), maxPpm);
  const width = Math.max(1, Math.round(page.width * ppm));
  const height = Math.max(1, Math.round(page.height * ppm));
  const n = Math.max(1, Math.min(3, Math.round(photoPpm(pageToPhoto, page) / ppm)));
  const { rgb, seen } = resampleSheet(photo, pageToPhoto, width, height, ppm, n);
  normalise(rgb, seen, width, height, Math.max(8, Math.round(Math.max(width, height) / 40)));
  return { width, height, ppm, rgb, seen };
}
