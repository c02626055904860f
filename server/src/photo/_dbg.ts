import type { NoteColour } from '@avaa/board-model';
import { printoutLayout } from '@avaa/print/markers';
import { PAPER_NOTE_COLOURS } from './colours.ts';
import { fitHomography, invert, type Point, project } from './homography.ts';
import type { FoundSheet } from './markers.ts';
import { cropNote, type SegmentedNote, segmentNotes } from './notes.ts';
import type { PhotoPixels } from './pixels.ts';
import { insidePolygon, spread } from './placement.ts';

const layout = printoutLayout({ kind: 'blank', paper: 'A4' }).sheets[0]!;
const cell = (id: string) => layout.cells.find((c) => c.cell === id)!.rect;

/** A square note on the sheet: centre, side and turn in mm and radians, corners clockwise from its top left. */
type Paper = { colour: NoteColour; cx: number; cy: number; side: number; turn: number; band?: boolean };

function square(n: Paper): Point[] {
  const c = Math.cos(n.turn);
  const s = Math.sin(n.turn);
  return [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ].map(([u, v]) => ({ x: n.cx + ((c * u! - s * v!) * n.side) / 2, y: n.cy + ((s * u! + c * v!) * n.side) / 2 }));
}

/** In the note's own frame, 0 to 1 across and down. */
function local(n: Paper, p: Point): Point {
  const c = Math.cos(n.turn);
  const s = Math.sin(n.turn);
  const dx = p.x - n.cx;
  const dy = p.y - n.cy;
  return { x: (c * dx + s * dy) / n.side + 0.5, y: (-s * dx + c * dy) / n.side + 0.5 };
}

/**
 * The A4 blank template photographed a little from the side at about 4 px per mm, grid lines
 * printed, the notes stuck in order (a later one on top) with a line of writing each, under light
 * that falls off to one side.
 */
function photograph(notes: readonly Paper[]): { photo: PhotoPixels; sheet: FoundSheet } {
  const page = [
    { x: 0, y: 0 },
    { x: layout.page.width, y: 0 },
    { x: layout.page.width, y: layout.page.height },
    { x: 0, y: layout.page.height },
  ];
  const pageToPhoto = fitHomography(page, [
    { x: 60, y: 40 },
    { x: 1260, y: 90 },
    { x: 1230, y: 930 },
    { x: 40, y: 880 },
  ]);
  const photoToPage = invert(pageToPhoto);
  const [width, height] = [1300, 980];
  const data = new Uint8ClampedArray(width * height * 4);
  const lines = layout.cells.flatMap((c) => [c.rect.x, c.rect.x + c.rect.width]);
  const rows = layout.cells.flatMap((c) => [c.rect.y, c.rect.y + c.rect.height]);
  const squares = notes.map(square);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = project(photoToPage, { x: x + 0.5, y: y + 0.5 });
      const onSheet = p.x >= 0 && p.y >= 0 && p.x <= layout.page.width && p.y <= layout.page.height;
      const grid = lines.some((l) => Math.abs(p.x - l) < 0.3) || rows.some((l) => Math.abs(p.y - l) < 0.3);
      let rgb = onSheet ? (grid ? [40, 40, 40] : [250, 250, 250]) : [120, 114, 106];
      for (let i = notes.length - 1; i >= 0; i--) {
        if (!insidePolygon(squares[i]!, p)) continue;
        const at = local(notes[i]!, p);
        const writing = Math.abs(at.y - 0.5) < 0.04 && at.x > 0.2 && at.x < 0.8;
        const band = notes[i]!.band && at.y > 0.12 && at.y < 0.22 && at.x > 0.1 && at.x < 0.9;
        rgb = writing || band ? [28, 42, 90] : [...PAPER_NOTE_COLOURS[notes[i]!.colour]];
        break;
      }
      const light = 1 - 0.3 * (x / width);
      const o = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) data[o + c] = rgb[c]! * light;
      data[o + 3] = 255;
    }
  }
  const sheet: FoundSheet = {
    spec: { kind: 'blank', paper: 'A4' },
    sheet: 0,
    layout,
    markers: [],
    pageToPhoto,
    photoToPage,
    residualPx: 0,
  };
  return { photo: { width, height, data }, sheet };
}

/** How far a found note's corners lie from the true square's, mm (the worst corner). */
function cornerError(found: SegmentedNote, n: Paper): number {
  const truth = square(n);
  return Math.max(...found.cornersMm.map((p, i) => Math.hypot(p.x - truth[i]!.x, p.y - truth[i]!.y)));
}

function noteAt(notes: readonly SegmentedNote[], n: Paper): SegmentedNote | undefined {
  return notes.find((f) => insidePolygon(f.cornersMm, { x: n.cx, y: n.cy }) && f.colour === n.colour);
}


import { rectify } from './rectify.ts';
import { findRegions } from './segment.ts';
import { minAreaBox, edgeDirections } from './squares.ts';
const during = cell('during:services');
const yellow: Paper = { colour: 'yellow', cx: during.x + 16, cy: during.y + 20, side: 20, turn: 0.08 };
const pink: Paper = { colour: 'pink', cx: yellow.cx + 13, cy: yellow.cy + 6, side: 18, turn: -0.1 };
const { photo, sheet } = photograph([yellow, pink]);
const image = rectify(photo, sheet.pageToPhoto, sheet.layout.page);
console.log(image.ppm, image.width);
const p = Math.round(yellow.cy * image.ppm) * image.width + Math.round((yellow.cx - 5) * image.ppm);
console.log('rgb at yellow', image.rgb[p*3], image.rgb[p*3+1], image.rgb[p*3+2]);
const regions = findRegions(image, 100);
for (const r of regions.regions) console.log(r.colourClass, r.pixels.length, r.box, minAreaBox(r, image.width), edgeDirections(regions, r));
console.log(segmentNotes(photo, [sheet]).map((n) => [n.colour, n.cornersMm]));
import { coverWithSquares } from './cover.ts';
for (const r of regions.regions) console.log(coverWithSquares(regions, r, edgeDirections(regions, r), 43, 138));
