import { fitHomography, type Point, project } from './homography.ts';
import type { PhotoPixels } from './pixels.ts';

/**
 * The note (a `SegmentedNote`) cut out of the photo and straightened, its longer side `side`
 * px: the map from the upright rectangle to the note's four corners in the photo is one
 * homography (the note is flat on the sheet), each pixel the mean of the photo's pixels over
 * its footprint.
 */
export function cropNote(
  photo: PhotoPixels,
  note: { readonly corners: readonly Point[]; readonly cornersMm: readonly Point[] },
  side: number,
): PhotoPixels {
  const [a, b, , d] = note.cornersMm as [Point, Point, Point, Point];
  const across = Math.hypot(b.x - a.x, b.y - a.y);
  const down = Math.hypot(d.x - a.x, d.y - a.y);
  const width = Math.max(1, Math.round(across >= down ? side : (side * across) / down));
  const height = Math.max(1, Math.round(down >= across ? side : (side * down) / across));
  const h = fitHomography(
    [
      { x: 0, y: 0 },
      { x: width, y: 0 },
      { x: width, y: height },
      { x: 0, y: height },
    ],
    note.corners,
  );
  const corners = note.corners;
  const photoSide = Math.max(
    ...corners.map((p, i) => Math.hypot(corners[(i + 1) % 4]!.x - p.x, corners[(i + 1) % 4]!.y - p.y)),
  );
  // Shrinking: n x n samples a pixel, so the writing does not alias away.
  const n = Math.max(1, Math.min(4, Math.round(photoSide / side)));
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sum = [0, 0, 0];
      let count = 0;
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < n; i++) {
          const p = project(h, { x: x + (i + 0.5) / n, y: y + (j + 0.5) / n });
          const px = Math.min(photo.width - 1, Math.max(0, Math.floor(p.x)));
          const py = Math.min(photo.height - 1, Math.max(0, Math.floor(p.y)));
          const o = (py * photo.width + px) * 4;
          for (let c = 0; c < 3; c++) sum[c]! += photo.data[o + c]!;
          count++;
        }
      }
      const o = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) data[o + c] = sum[c]! / count;
      data[o + 3] = 255;
    }
  }
  return { width, height, data };
}
