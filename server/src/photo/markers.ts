import {
  type Corner,
  markerCorners,
  markerIdentity,
  type PrintoutLayout,
  type PrintoutSheet,
  type PrintoutSpec,
  printoutLayout,
  sameSpec,
} from '@avaa/print/markers';
import aruco from 'js-aruco2';
import { fitHomography, type Homography, invert, type Point, project } from './homography.ts';

/** A decoded photo: RGBA bytes, row by row (what sharp's `raw()` and a canvas's ImageData give). */
export type PhotoPixels = { readonly width: number; readonly height: number; readonly data: Uint8Array | Uint8ClampedArray };

export type FoundMarker = { readonly id: number; readonly corner: Corner; readonly corners: readonly Point[] };

/**
 * One printed sheet found in a photo: which printout and sheet (from its markers' ids), the
 * homographies between the photo (px) and the sheet (mm), and how well its markers fit them.
 * The next stages (note segmentation, note-to-cell, text) work in sheet mm through `photoToPage`.
 */
export type FoundSheet = {
  readonly spec: PrintoutSpec;
  readonly sheet: number;
  readonly layout: PrintoutSheet;
  readonly markers: readonly FoundMarker[];
  readonly photoToPage: Homography;
  readonly pageToPhoto: Homography;
  /** Root mean square of the markers' corners against the fitted map, in photo px. */
  readonly residualPx: number;
};

/** js-aruco2 works on a few megapixels: larger photos are averaged down to this longest side first. */
export const DETECTION_SIDE = 2400;

/**
 * js-aruco2 accepts a code under the dictionary's distance (11 wrong bits of 36 for 36h12), so
 * text and QR modules decode as markers; two wrong bits still corrects blur and a stray pen line.
 */
export const MAX_BIT_ERRORS = 2;

/** The photo averaged down by an integer factor (box filter), as RGBA for js-aruco2. */
function downscale(photo: PhotoPixels, factor: number): PhotoPixels {
  if (factor === 1) return photo;
  const width = Math.floor(photo.width / factor);
  const height = Math.floor(photo.height / factor);
  const out = new Uint8ClampedArray(width * height * 4);
  const n = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let dy = 0; dy < factor; dy++) {
        let i = ((y * factor + dy) * photo.width + x * factor) * 4;
        for (let dx = 0; dx < factor; dx++, i += 4) {
          r += photo.data[i]!;
          g += photo.data[i + 1]!;
          b += photo.data[i + 2]!;
        }
      }
      const o = (y * width + x) * 4;
      out[o] = r / n;
      out[o + 1] = g / n;
      out[o + 2] = b / n;
      out[o + 3] = 255;
    }
  }
  return { width, height, data: out };
}

/** ArUco markers of Avaa's printouts in the photo, corners in full-resolution px. */
export function findMarkers(photo: PhotoPixels): FoundMarker[] {
  const factor = Math.max(1, Math.ceil(Math.max(photo.width, photo.height) / DETECTION_SIDE));
  const small = downscale(photo, factor);
  const detector = new aruco.AR.Detector({ dictionaryName: 'ARUCO_MIP_36h12', maxHammingDistance: MAX_BIT_ERRORS + 1 });
  const found: FoundMarker[] = [];
  for (const marker of detector.detect(small)) {
    const identity = markerIdentity(marker.id);
    if (!identity) continue;
    // A small pixel (x, y) covers full-resolution pixels factor x .. factor (x + 1).
    const corners = marker.corners.map((c) => ({ x: (c.x + 0.5) * factor - 0.5, y: (c.y + 0.5) * factor - 0.5 }));
    found.push({ id: marker.id, corner: identity.corner, corners });
  }
  return found;
}

function rms(h: Homography, from: readonly Point[], to: readonly Point[]): number {
  const sum = from.reduce((s, p, i) => {
    const q = project(h, p);
    return s + (q.x - to[i]!.x) ** 2 + (q.y - to[i]!.y) ** 2;
  }, 0);
  return Math.sqrt(sum / from.length);
}

/** Groups markers by the sheet their ids name and fits each sheet's map from its markers' corners. */
export function locateSheets(markers: readonly FoundMarker[]): FoundSheet[] {
  const groups = new Map<string, { spec: PrintoutSpec; sheet: number; markers: FoundMarker[] }>();
  for (const marker of markers) {
    const identity = markerIdentity(marker.id);
    if (!identity) continue;
    const key = `${JSON.stringify(identity.spec)}#${identity.sheet}`;
    const group = groups.get(key) ?? { spec: identity.spec, sheet: identity.sheet, markers: [] };
    if (!group.markers.some((m) => m.id === marker.id)) group.markers.push(marker);
    groups.set(key, group);
  }
  const layouts: PrintoutLayout[] = [];
  const layoutOf = (spec: PrintoutSpec): PrintoutLayout => {
    const known = layouts.find((l) => sameSpec(l.spec, spec));
    if (known) return known;
    const layout = printoutLayout(spec);
    layouts.push(layout);
    return layout;
  };
  return [...groups.values()].map(({ spec, sheet, markers: found }) => {
    const layout = layoutOf(spec).sheets[sheet]!;
    const page = found.flatMap((m) => markerCorners(layout.markers.find((p) => p.id === m.id)!));
    const photo = found.flatMap((m) => m.corners);
    const pageToPhoto = fitHomography(page, photo);
    return {
      spec,
      sheet,
      layout,
      markers: found,
      pageToPhoto,
      photoToPage: invert(pageToPhoto),
      residualPx: rms(pageToPhoto, page, photo),
    };
  });
}

/** The first stage of reading a paper table from a photo: the printed sheets it shows and where. */
export function detectSheets(photo: PhotoPixels): FoundSheet[] {
  return locateSheets(findMarkers(photo));
}
