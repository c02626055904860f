import { fitHomography, type Homography, invert, type Point, project } from '../../server/src/photo/homography.ts';

/** A 12-megapixel phone photo. */
export const PHOTO = { width: 4000, height: 3000 } as const;

export type Shot = {
  /** Sheet mm -> photo px. */
  readonly pageToPhoto: Homography;
  /** Angle between the sheet's normal and the camera's axis, degrees (up to 30). */
  readonly tilt: number;
  /** Turn of the sheet in the photo, degrees. */
  readonly roll: number;
};

type Vec = readonly [number, number, number];

/** Rodrigues: `v` turned by `angle` about the unit `axis`. */
function rotate(v: Vec, axis: Vec, angle: number): Vec {
  const [x, y, z] = axis;
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const dot = x * v[0] + y * v[1] + z * v[2];
  const cross: Vec = [y * v[2] - z * v[1], z * v[0] - x * v[2], x * v[1] - y * v[0]];
  return [0, 1, 2].map((i) => v[i]! * c + cross[i]! * s + axis[i]! * dot * (1 - c)) as unknown as Vec;
}

/**
 * A pinhole camera 1.3 sheet-lengths away, the sheet tilted up to `maxTilt` degrees about a random axis
 * in its plane and turned by `roll`, filling 70-90 % of the photo.
 */
export function shoot(page: { width: number; height: number }, r: () => number, maxTilt = 30): Shot {
  const tilt = r() * maxTilt;
  const direction = r() * 2 * Math.PI;
  const roll = (r() - 0.5) * 50 + [0, 0, 90, 180][Math.floor(r() * 4)]!;
  const axis: Vec = [Math.cos(direction), Math.sin(direction), 0];
  const distance = 1.3 * Math.max(page.width, page.height);
  const sheet: Point[] = [
    { x: 0, y: 0 },
    { x: page.width, y: 0 },
    { x: page.width, y: page.height },
    { x: 0, y: page.height },
  ];
  const projected = sheet.map((p) => {
    const flat = rotate([p.x - page.width / 2, p.y - page.height / 2, 0], [0, 0, 1], (roll * Math.PI) / 180);
    const [x, y, z] = rotate(flat, axis, (tilt * Math.PI) / 180);
    return { x: x / (z + distance), y: y / (z + distance) };
  });
  const xs = projected.map((p) => p.x);
  const ys = projected.map((p) => p.y);
  const fill = 0.7 + r() * 0.2;
  const f =
    fill *
    Math.min(PHOTO.width / (Math.max(...xs) - Math.min(...xs)), PHOTO.height / (Math.max(...ys) - Math.min(...ys)));
  const cx = PHOTO.width / 2 - (f * (Math.max(...xs) + Math.min(...xs))) / 2;
  const cy = PHOTO.height / 2 - (f * (Math.max(...ys) + Math.min(...ys))) / 2;
  const photo = projected.map((p) => ({ x: f * p.x + cx, y: f * p.y + cy }));
  return { pageToPhoto: fitHomography(sheet, photo), tilt, roll };
}

export type Rgb = { readonly width: number; readonly height: number; readonly data: Uint8Array | Uint8ClampedArray };

/**
 * The photo: every pixel looks up the sheet image through the inverse map (bilinear), under
 * uneven light (a bright spot and a falloff across the frame), on a grey wall.
 */
export function develop(sheet: Rgb, mmPerPx: number, shot: Shot, r: () => number): Rgb {
  const { width, height } = PHOTO;
  const out = new Uint8ClampedArray(width * height * 3);
  const toPage = invert(shot.pageToPhoto);
  const spot = { x: r() * width, y: r() * height };
  const strength = 0.25 + r() * 0.25;
  const gradient = { x: (r() - 0.5) * 0.3, y: (r() - 0.5) * 0.3 };
  const diagonal = width * width + height * height;
  for (let v = 0; v < height; v++) {
    for (let u = 0; u < width; u++) {
      const d = ((u - spot.x) ** 2 + (v - spot.y) ** 2) / diagonal;
      const light = 1.05 - strength * d * 2 + gradient.x * (u / width - 0.5) + gradient.y * (v / height - 0.5);
      const p = project(toPage, { x: u, y: v });
      const px = p.x / mmPerPx - 0.5;
      const py = p.y / mmPerPx - 0.5;
      const o = (v * width + u) * 3;
      if (px < 0 || py < 0 || px >= sheet.width - 1 || py >= sheet.height - 1) {
        const wall = 120 + ((u ^ v) & 7);
        out[o] = wall * light;
        out[o + 1] = (wall - 6) * light;
        out[o + 2] = (wall - 14) * light;
        continue;
      }
      const x0 = Math.floor(px);
      const y0 = Math.floor(py);
      const fx = px - x0;
      const fy = py - y0;
      const i = (y0 * sheet.width + x0) * 3;
      const j = i + sheet.width * 3;
      for (let c = 0; c < 3; c++) {
        const top = sheet.data[i + c]! * (1 - fx) + sheet.data[i + 3 + c]! * fx;
        const bottom = sheet.data[j + c]! * (1 - fx) + sheet.data[j + 3 + c]! * fx;
        out[o + c] = (top * (1 - fy) + bottom * fy) * light;
      }
    }
  }
  return { width, height, data: out };
}
