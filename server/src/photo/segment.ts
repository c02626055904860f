import { hue, MIN_BRIGHTNESS, MIN_SATURATION, nearestHue } from './colours.ts';
import type { Rectified } from './rectify.ts';

/**
 * Paper-note colour regions of a rectified sheet. Each pixel gets the class of the nearest
 * note colour by hue, or none (paper, print, grid, shadow, pen); each class is opened (the thin
 * blend where two notes of different colours meet goes), labelled into connected regions, and
 * each region's holes (the writing on the note) filled.
 */
export type Regions = {
  readonly width: number;
  readonly height: number;
  /** The note-colour class of each pixel (index into NOTE_COLOURS), -1 for none. */
  readonly classes: Int8Array;
  /** The region each pixel belongs to (holes filled), -1 for none. */
  readonly labels: Int32Array;
  readonly regions: readonly Region[];
  /** 1 where a note may lie (regions and note colours, closed, what they enclose, a pixel more): where a note's hidden part may be. */
  readonly allowed: Uint8Array;
};

export type Region = {
  readonly label: number;
  readonly colourClass: number;
  /** Its pixels (index y * width + x), holes filled. */
  readonly pixels: Int32Array;
  readonly box: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
};

/**
 * An opening of every class at once: a pixel keeps its class when the (2 radius + 1) square
 * around it is all that class (outside the image counts as the same, so a note at the sheet's
 * edge keeps its edge), then each kept pixel gives its class back to the square around it.
 * Thin blends between notes and specks in writing go.
 */
function open(classes: Int8Array, width: number, height: number, radius: number): Int8Array {
  const lines = (horizontal: boolean) => {
    const [count, length, step, stride] = horizontal ? [height, width, 1, width] : [width, height, width, 1];
    return { count, length, step, stride };
  };
  const erode = (src: Int8Array, horizontal: boolean) => {
    const out = new Int8Array(src.length).fill(-1);
    const { count, length, step, stride } = lines(horizontal);
    for (let line = 0; line < count; line++) {
      const base = line * stride;
      let start = 0;
      for (let i = 1; i <= length; i++) {
        if (i < length && src[base + i * step] === src[base + start * step]) continue;
        const v = src[base + start * step]!;
        if (v >= 0) {
          const from = start === 0 ? 0 : start + radius;
          const to = i === length ? length - 1 : i - 1 - radius;
          for (let k = from; k <= to; k++) out[base + k * step] = v;
        }
        start = i;
      }
    }
    return out;
  };
  const dilate = (src: Int8Array, horizontal: boolean) => {
    const out = src.slice();
    const { count, length, step, stride } = lines(horizontal);
    for (let line = 0; line < count; line++) {
      const base = line * stride;
      let last = -radius - 1;
      for (let i = 0; i < length; i++) {
        const v = src[base + i * step]!;
        if (v >= 0) last = i;
        else if (i - last <= radius) out[base + i * step] = src[base + last * step]!;
      }
      last = length + radius;
      for (let i = length - 1; i >= 0; i--) {
        const v = src[base + i * step]!;
        if (v >= 0) last = i;
        else if (last - i <= radius && out[base + i * step]! < 0) out[base + i * step] = src[base + last * step]!;
      }
    }
    return out;
  };
  return dilate(dilate(erode(erode(classes, true), false), true), false);
}

/** The note colour class of each whole degree of hue. */
const HUE_CLASSES = Int8Array.from({ length: 360 }, (_, h) => nearestHue(h + 0.5));

function classify(image: Rectified): Int8Array {
  const n = image.width * image.height;
  const { rgb, seen } = image;
  const classes = new Int8Array(n).fill(-1);
  for (let p = 0; p < n; p++) {
    if (!seen[p]) continue;
    const r = rgb[p * 3]!;
    const g = rgb[p * 3 + 1]!;
    const b = rgb[p * 3 + 2]!;
    const max = r > g ? (r > b ? r : b) : g > b ? g : b;
    const min = r < g ? (r < b ? r : b) : g < b ? g : b;
    if (max < MIN_BRIGHTNESS || max - min < MIN_SATURATION * max) continue;
    classes[p] = HUE_CLASSES[Math.min(359, Math.floor(hue(r, g, b)))]!;
  }
  return classes;
}

/** Labels the 8-connected parts of one class, regions under `minArea` dropped; holes filled. */
function label(
  opened: Int8Array,
  classes: Int8Array,
  width: number,
  height: number,
  labels: Int32Array,
  minArea: number,
  out: Region[],
): void {
  const stack: number[] = [];
  for (let start = 0; start < opened.length; start++) {
    const colourClass = opened[start]!;
    if (colourClass < 0 || labels[start] !== -1) continue;
    const id = out.length;
    const pixels: number[] = [start];
    labels[start] = id;
    stack.push(start);
    let [x0, y0, x1, y1] = [width, height, 0, 0];
    while (stack.length > 0) {
      const p = stack.pop()!;
      const x = p % width;
      const y = (p - x) / width;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const q = ny * width + nx;
          if (opened[q] === colourClass && labels[q] === -1) {
            labels[q] = id;
            pixels.push(q);
            stack.push(q);
          }
        }
      }
    }
    if (pixels.length < minArea) {
      for (const p of pixels) labels[p] = -2;
      continue;
    }
    const box = { x0, y0, x1, y1 };
    out.push({ label: id, colourClass, pixels: fillHoles(labels, classes, colourClass, width, id, box, pixels), box });
  }
}

/** The region's pixels with the holes in it (not reachable from its box's edge) added. */
function fillHoles(
  labels: Int32Array,
  classes: Int8Array,
  colourClass: number,
  width: number,
  id: number,
  box: Region['box'],
  pixels: number[],
): Int32Array {
  const bw = box.x1 - box.x0 + 1;
  const bh = box.y1 - box.y0 + 1;
  const outside = new Uint8Array(bw * bh);
  const stack: number[] = [];
  const visit = (x: number, y: number) => {
    const i = y * bw + x;
    if (outside[i] || labels[(box.y0 + y) * width + box.x0 + x] === id) return;
    outside[i] = 1;
    stack.push(i);
  };
  for (let x = 0; x < bw; x++) {
    visit(x, 0);
    visit(x, bh - 1);
  }
  for (let y = 0; y < bh; y++) {
    visit(0, y);
    visit(bw - 1, y);
  }
  while (stack.length > 0) {
    const i = stack.pop()!;
    const x = i % bw;
    const y = (i - x) / bw;
    if (x > 0) visit(x - 1, y);
    if (x < bw - 1) visit(x + 1, y);
    if (y > 0) visit(x, y - 1);
    if (y < bh - 1) visit(x, y + 1);
  }
  for (let i = 0; i < bw * bh; i++) {
    if (outside[i]) continue;
    const p = (box.y0 + Math.floor(i / bw)) * width + box.x0 + (i % bw);
    // Writing and its blends are filled; a note of another colour lying wholly on this one is not.
    if (labels[p]! < 0 && (classes[p] === -1 || classes[p] === colourClass)) {
      labels[p] = id;
      pixels.push(p);
    }
  }
  return Int32Array.from(pixels);
}

/** The mask with what it encloses (writing running from one note onto the note over it) added. */
function enclosed(mask: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(mask.length).fill(1);
  const stack: number[] = [];
  const visit = (p: number) => {
    if (mask[p] || !out[p]) return;
    out[p] = 0;
    stack.push(p);
  };
  for (let x = 0; x < width; x++) {
    visit(x);
    visit((height - 1) * width + x);
  }
  for (let y = 0; y < height; y++) {
    visit(y * width);
    visit(y * width + width - 1);
  }
  while (stack.length > 0) {
    const p = stack.pop()!;
    const x = p % width;
    if (x > 0) visit(p - 1);
    if (x < width - 1) visit(p + 1);
    if (p >= width) visit(p - width);
    if (p < mask.length - width) visit(p + width);
  }
  return out;
}

/** The mask shrunk by `radius` px (a pixel stays when the square around it is all set). */
function shrink(mask: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  const inverse = new Uint8Array(mask.length);
  for (let p = 0; p < mask.length; p++) inverse[p] = 1 - mask[p]!;
  const grown = grow(inverse, width, height, radius);
  for (let p = 0; p < grown.length; p++) grown[p] = 1 - grown[p]!;
  return grown;
}

/** The mask grown by `radius` px (a square), along rows then columns. */
function grow(mask: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  const across = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let last = -radius - 1;
    for (let x = 0; x < width + radius; x++) {
      if (x < width && mask[row + x]) last = x;
      const at = x - radius;
      if (at >= 0 && x - last <= 2 * radius) across[row + at] = 1;
    }
  }
  const out = new Uint8Array(mask.length);
  for (let x = 0; x < width; x++) {
    let last = -radius - 1;
    for (let y = 0; y < height + radius; y++) {
      if (y < height && across[y * width + x]) last = y;
      const at = y - radius;
      if (at >= 0 && y - last <= 2 * radius) out[at * width + x] = 1;
    }
  }
  return out;
}

/** The paper-note regions of a rectified sheet; regions under `minArea` px are dropped. */
export function findRegions(image: Rectified, minArea: number): Regions {
  const { width, height } = image;
  const classes = classify(image);
  const labels = new Int32Array(width * height).fill(-1);
  const regions: Region[] = [];
  label(open(classes, width, height, 2), classes, width, height, labels, minArea, regions);
  for (let p = 0; p < labels.length; p++) if (labels[p]! < -1) labels[p] = -1;
  const any = new Uint8Array(width * height);
  for (let p = 0; p < any.length; p++) any[p] = labels[p]! >= 0 || classes[p]! >= 0 ? 1 : 0;
  // Closed over the blend where two notes meet (a few px of neither colour), then what the notes enclose, then a px more.
  const closed = shrink(grow(any, width, height, 2), width, height, 2);
  return { width, height, classes, labels, regions, allowed: grow(enclosed(closed, width, height), width, height, 1) };
}
