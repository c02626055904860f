import type { CellId, NoteColour } from '@avaa/board-model';
import type { PhotoNoteFlag } from '@avaa/protocol';
import { nearestColour } from './colours.ts';
import { coverWithSquares } from './cover.ts';
import { type Point, project } from './homography.ts';
import type { FoundSheet } from './markers.ts';
import type { PhotoPixels } from './pixels.ts';
import { insidePolygon, placeInCell, spread } from './placement.ts';
import { type Rectified, rectify } from './rectify.ts';
import { findRegions, type Region, type Regions } from './segment.ts';
import { type Box, boxCorners, edgeDirections, minAreaBox } from './squares.ts';

export { cropNote } from './crop.ts';

/**
 * The second stage of reading a paper table: the paper notes on the found sheets, each in the
 * cell where most of it lies.
 */
export type SegmentedNote = {
  /** Index into the sheets `segmentNotes` was given. */
  readonly sheet: number;
  readonly cell: CellId;
  /** The share of the note's area inside `cell`, 0 to 1. */
  readonly inCell: number;
  readonly colour: NoteColour;
  /** The four corners in photo px, clockwise from the note's top left as it is read. */
  readonly corners: readonly Point[];
  /** The same corners on the sheet, mm. */
  readonly cornersMm: readonly Point[];
  readonly flags: readonly PhotoNoteFlag[];
};

/** A note seen on a sheet before its neighbours are known. */
type Seen = {
  readonly box: Box;
  readonly region: Region;
  /** The share of the note's square its own colour shows (the rest lies under other notes). */
  readonly shown: number;
};

/** Note sides in px on this sheet: from a quarter of the smallest cell to two thirds of the largest. */
function sideRange(sheet: FoundSheet, ppm: number): { min: number; max: number } {
  const sides = sheet.layout.cells.map((c) => Math.min(c.rect.width, c.rect.height));
  return { min: Math.max(6, SMALL_NOTE * Math.min(...sides) * ppm), max: 0.7 * Math.max(...sides) * ppm };
}

/** The smallest note as a share of the smallest cell's shorter side. */
const SMALL_NOTE = 0.22;

/**
 * The smallest note needs no more than this many px a side: a poster sheet, whose cells (and
 * notes) are large on it, is looked at coarser, as quick as any other.
 */
const SMALL_NOTE_PX = 45;

/** Turns a box so its first side runs within 45° of the sheet's x axis: its first corner is then the top left as read. */
function upright(b: Box): Box {
  let { angle, w, h } = b;
  while (angle > Math.PI / 4) [angle, w, h] = [angle - Math.PI / 2, h, w];
  while (angle <= -Math.PI / 4) [angle, w, h] = [angle + Math.PI / 2, h, w];
  return { ...b, angle, w, h };
}

function shownShare(regions: Regions, region: Region, box: Box): number {
  const corners = boxCorners(box);
  const points = spread(corners, 16);
  let own = 0;
  for (const p of points) {
    const x = Math.floor(p.x);
    const y = Math.floor(p.y);
    if (
      x >= 0 &&
      y >= 0 &&
      x < regions.width &&
      y < regions.height &&
      regions.labels[y * regions.width + x] === region.label
    )
      own++;
  }
  return own / points.length;
}

/** The notes one region of a colour holds: one clean square, or several squares where notes overlap or hide. */
function notesOf(regions: Regions, region: Region, side: { min: number; max: number }): Seen[] {
  const box = minAreaBox(region, regions.width);
  const long = Math.max(box.w, box.h);
  const short = Math.min(box.w, box.h);
  const fill = region.pixels.length / Math.max(1, box.w * box.h);
  const boxes =
    fill >= 0.85 && long <= 1.2 * short && long <= 1.15 * side.max
      ? [box]
      : coverWithSquares(regions, region, directions(regions, region, box), side.min, Math.ceil(side.max));
  return boxes.map((b) => ({ box: upright(b), region, shown: shownShare(regions, region, b) }));
}

/** The directions to try squares in: the region's edges', and its smallest box's when they give none near it. */
function directions(regions: Regions, region: Region, box: Box): number[] {
  const found = edgeDirections(regions, region);
  const own = ((box.angle % (Math.PI / 2)) + Math.PI / 2) % (Math.PI / 2);
  const near = found.some((a) => Math.abs(Math.atan2(Math.sin(4 * (a - own)), Math.cos(4 * (a - own)))) < 0.1);
  return near ? found : [...found, own];
}

/** The mean colour of the note's own pixels (not its writing, not what lies over it). */
function meanColour(image: Rectified, regions: Regions, seen: Seen): number[] {
  const sum = [0, 0, 0];
  let count = 0;
  for (const p of seen.region.pixels) {
    if (regions.classes[p] !== seen.region.colourClass) continue;
    for (let c = 0; c < 3; c++) sum[c]! += image.rgb[p * 3 + c]!;
    count++;
  }
  return sum.map((v) => v / Math.max(1, count));
}

/** Which notes lie partly under another: overlapping squares, the one whose colour shows in the overlap on top. */
function coveredNotes(seen: readonly Seen[], mm: readonly Point[][], regions: Regions, ppm: number): Set<number> {
  const covered = new Set<number>();
  seen.forEach((s, i) => {
    if (s.shown < 0.8) covered.add(i);
  });
  for (let i = 0; i < seen.length; i++) {
    const points = spread(mm[i]!);
    for (let j = i + 1; j < seen.length; j++) {
      const shared = points.filter((p) => insidePolygon(mm[j]!, p));
      if (shared.length < 3) continue;
      const a = seen[i]!.region;
      const b = seen[j]!.region;
      let ownA = 0;
      let ownB = 0;
      for (const p of shared) {
        const label = regions.labels[Math.floor(p.y * ppm) * regions.width + Math.floor(p.x * ppm)];
        if (label === a.label) ownA++;
        if (label === b.label) ownB++;
      }
      // Two of one colour: which lies on top cannot be told, so both are looked at again.
      if (a.label === b.label || ownA <= ownB) covered.add(i);
      if (a.label === b.label || ownB <= ownA) covered.add(j);
    }
  }
  return covered;
}

function sheetNotes(photo: PhotoPixels, sheet: FoundSheet, index: number): (SegmentedNote & { order: number })[] {
  const smallest = Math.min(...sheet.layout.cells.map((c) => Math.min(c.rect.width, c.rect.height)));
  const image = rectify(photo, sheet.pageToPhoto, sheet.layout.page, SMALL_NOTE_PX / (SMALL_NOTE * smallest));
  const side = sideRange(sheet, image.ppm);
  const regions = findRegions(image, 0.25 * side.min * side.min);
  const seen = regions.regions.flatMap((r) => notesOf(regions, r, side));
  const mm = seen.map((s) => boxCorners(s.box).map((p) => ({ x: p.x / image.ppm, y: p.y / image.ppm })));
  const covered = coveredNotes(seen, mm, regions, image.ppm);
  return seen.map((s, i) => {
    const place = placeInCell(sheet.layout.cells, mm[i]!);
    const { colour, uncertain } = nearestColour(meanColour(image, regions, s));
    const flags: PhotoNoteFlag[] = [];
    if (place.crossesBorder) flags.push('crossesBorder');
    if (place.offTable) flags.push('offTable');
    if (covered.has(i)) flags.push('covered');
    if (uncertain) flags.push('colourUncertain');
    return {
      sheet: index,
      cell: place.cell,
      inCell: place.inCell,
      colour,
      corners: mm[i]!.map((p) => project(sheet.pageToPhoto, p)),
      cornersMm: mm[i]!,
      flags,
      order: place.order,
    };
  });
}

const centre = (points: readonly Point[]) => ({
  x: points.reduce((s, p) => s + p.x, 0) / points.length,
  y: points.reduce((s, p) => s + p.y, 0) / points.length,
});

/** The paper notes on `sheets` (from `detectSheets`) in reading order: sheet, cell, top to bottom. */
export function segmentNotes(photo: PhotoPixels, sheets: readonly FoundSheet[]): SegmentedNote[] {
  const kept: (SegmentedNote & { order: number })[] = [];
  sheets.forEach((sheet, index) => {
    for (const note of sheetNotes(photo, sheet, index)) {
      // Glued poster sheets overlap: a note on the overlap is seen on both, and kept once.
      const c = centre(note.corners);
      if (!kept.some((k) => k.sheet !== index && insidePolygon(k.corners, c))) kept.push(note);
    }
  });
  kept.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      a.order - b.order ||
      centre(a.cornersMm).y - centre(b.cornersMm).y ||
      centre(a.cornersMm).x - centre(b.cornersMm).x,
  );
  return kept.map(({ order: _, ...note }) => note);
}
