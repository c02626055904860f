import {
  type Corner,
  MARKER_BITS,
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
import { type PhotoPixels, resample, type Window } from './pixels.ts';
import { refineCorners } from './refine.ts';

export type { PhotoPixels } from './pixels.ts';

export type FoundMarker = {
  readonly id: number;
  readonly corner: Corner;
  readonly corners: readonly Point[];
  /** Bits read wrong (0 to `MAX_BIT_ERRORS`). */
  readonly bitErrors: number;
};

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

/** The first look is at the whole photo with its longest side shrunk to this (js-aruco2 is quick at a few megapixels). */
export const DETECTION_SIDE = 2000;

/**
 * js-aruco2 accepts a code under the dictionary's distance (11 wrong bits of 36 for 36h12), so
 * text and QR modules decode as markers. Three wrong bits (of a distance of 12) still reads a
 * blurred marker whose bits js-aruco2 samples a little off, and a stray pen line.
 */
export const MAX_BIT_ERRORS = 3;

/**
 * A second look shrinks the window around a missing marker until the marker is about this many
 * px wide, never enlarges it: js-aruco2 thresholds over 5 x 5 px, which a blurred enlargement defeats.
 */
const LOOK_SIZE = 90;

/** ArUco markers of Avaa's printouts in a window of the photo (all of it by default), corners in photo px. */
export function findMarkers(photo: PhotoPixels, window?: Window, scale?: number): FoundMarker[] {
  const area = window ?? { x: 0, y: 0, width: photo.width, height: photo.height };
  const k = scale ?? Math.min(1, DETECTION_SIDE / Math.max(area.width, area.height));
  const image = k === 1 && !window ? photo : resample(photo, area, k);
  const detector = new aruco.AR.Detector({ dictionaryName: 'ARUCO_MIP_36h12', maxHammingDistance: MAX_BIT_ERRORS + 1 });
  const found: FoundMarker[] = [];
  for (const marker of detector.detect(image)) {
    const identity = markerIdentity(marker.id);
    if (!identity) continue;
    const rough = marker.corners.map((c) => ({
      x: area.x + (c.x + 0.5) / k - 0.5,
      y: area.y + (c.y + 0.5) / k - 0.5,
    }));
    const corners = refineCorners(photo, rough, MARKER_BITS + 2);
    found.push({ id: marker.id, corner: identity.corner, corners, bitErrors: marker.hammingDistance });
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

/** Where a missing marker should be, from the sheet's map so far: a window around it and the scale to look at it. */
function lookFor(photo: PhotoPixels, sheet: FoundSheet, id: number): { window: Window; scale: number } | undefined {
  const printed = sheet.layout.markers.find((m) => m.id === id)!;
  const corners = markerCorners(printed).map((p) => project(sheet.pageToPhoto, p));
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const side = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  // A map fitted to one marker extrapolates poorly: the farther away, the wider the look.
  const near = Math.min(...sheet.markers.map((m) => Math.hypot(m.corners[0]!.x - xs[0]!, m.corners[0]!.y - ys[0]!)));
  const margin = Math.max(1.5 * side, 0.1 * near);
  const x = Math.max(0, Math.min(...xs) - margin);
  const y = Math.max(0, Math.min(...ys) - margin);
  const right = Math.min(photo.width, Math.max(...xs) + margin);
  const bottom = Math.min(photo.height, Math.max(...ys) + margin);
  if (right - x < 8 || bottom - y < 8 || side < 4) return undefined;
  return { window: { x, y, width: right - x, height: bottom - y }, scale: Math.min(1, LOOK_SIZE / side) };
}

/** Looks again, closer, where a found sheet's missing markers should be; refits with what it finds. */
function completeSheet(photo: PhotoPixels, sheet: FoundSheet): FoundSheet {
  let current = sheet;
  for (let round = 0; round < 2 && current.markers.length < 4; round++) {
    const more: FoundMarker[] = [];
    for (const printed of current.layout.markers) {
      if (current.markers.some((m) => m.id === printed.id)) continue;
      const look = lookFor(photo, current, printed.id);
      if (!look) continue;
      // Blur and JPEG read better a little smaller: a second scale when the first finds nothing.
      for (const scale of [look.scale, look.scale * 0.6]) {
        const hit = findMarkers(photo, look.window, scale).find((m) => m.id === printed.id);
        if (hit) {
          more.push(hit);
          break;
        }
      }
    }
    if (more.length === 0) break;
    current = locateSheets([...current.markers, ...more])[0]!;
  }
  return current;
}

/** The first stage of reading a paper table from a photo: the printed sheets it shows and where. */
export function detectSheets(photo: PhotoPixels): FoundSheet[] {
  const sheets = locateSheets(findMarkers(photo)).map((sheet) => completeSheet(photo, sheet));
  // A lone marker read with wrong bits is more likely print or a pen stroke than a sheet of its own.
  return sheets.filter((s) => s.markers.length > 1 || s.markers[0]!.bitErrors <= 1);
}
