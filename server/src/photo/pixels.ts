/** A decoded photo: RGBA bytes, row by row (what sharp's `raw()` and a canvas's ImageData give). */
export type PhotoPixels = {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array | Uint8ClampedArray;
};

/** A window of the photo in its px. */
export type Window = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/**
 * The window of the photo resampled by `scale` (under 1 shrinks, over 1 enlarges), bilinear, as
 * RGBA for js-aruco2. A pixel (x, y) of the result shows photo point
 * (window.x + (x + 0.5) / scale - 0.5, window.y + (y + 0.5) / scale - 0.5).
 */
export function resample(photo: PhotoPixels, window: Window, scale: number): PhotoPixels {
  const width = Math.max(1, Math.floor(window.width * scale));
  const height = Math.max(1, Math.floor(window.height * scale));
  const out = new Uint8ClampedArray(width * height * 4);
  // Shrinking by more than 2 averages first, so thin lines do not alias away.
  const step = scale < 0.5 ? Math.floor(1 / scale) : 1;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(photo.height - 1 - step, Math.max(0, window.y + (y + 0.5) / scale - 0.5 - (step - 1) / 2));
    for (let x = 0; x < width; x++) {
      const sx = Math.min(photo.width - 1 - step, Math.max(0, window.x + (x + 0.5) / scale - 0.5 - (step - 1) / 2));
      const o = (y * width + x) * 4;
      if (step > 1) box(photo, Math.round(sx), Math.round(sy), step, out, o);
      else bilinear(photo, sx, sy, out, o);
      out[o + 3] = 255;
    }
  }
  return { width, height, data: out };
}

function box(photo: PhotoPixels, x0: number, y0: number, step: number, out: Uint8ClampedArray, o: number): void {
  let r = 0;
  let g = 0;
  let b = 0;
  for (let dy = 0; dy < step; dy++) {
    let i = ((y0 + dy) * photo.width + x0) * 4;
    for (let dx = 0; dx < step; dx++, i += 4) {
      r += photo.data[i]!;
      g += photo.data[i + 1]!;
      b += photo.data[i + 2]!;
    }
  }
  const n = step * step;
  out[o] = r / n;
  out[o + 1] = g / n;
  out[o + 2] = b / n;
}

function bilinear(photo: PhotoPixels, sx: number, sy: number, out: Uint8ClampedArray, o: number): void {
  const x0 = Math.floor(sx);
  const y0 = Math.floor(sy);
  const fx = sx - x0;
  const fy = sy - y0;
  const i = (y0 * photo.width + x0) * 4;
  const j = i + photo.width * 4;
  for (let c = 0; c < 3; c++) {
    const top = photo.data[i + c]! * (1 - fx) + photo.data[i + 4 + c]! * fx;
    const bottom = photo.data[j + c]! * (1 - fx) + photo.data[j + 4 + c]! * fx;
    out[o + c] = top * (1 - fy) + bottom * fy;
  }
}
