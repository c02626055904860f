import type { NoteColour } from '@avaa/board-model';
import { printoutLayout } from '@avaa/print/markers';
import { describe, expect, it } from 'vitest';
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

describe('segmentNotes', () => {
  const during = cell('during:services');
  const yellow: Paper = { colour: 'yellow', cx: during.x + 16, cy: during.y + 20, side: 20, turn: 0.08 };
  // Over the yellow note's right part: the yellow one's square is completed under it.
  const pink: Paper = { colour: 'pink', cx: yellow.cx + 13, cy: yellow.cy + 6, side: 18, turn: -0.1 };
  const start = cell('start:collaboration');
  // Three fifths in start:collaboration, the rest across the border in during:collaboration.
  const across: Paper = { colour: 'blue', cx: start.x + start.width - 2, cy: start.y + 20, side: 20, turn: 0.05 };
  const ending = cell('ending:participation');
  const green: Paper = { colour: 'green', cx: ending.x + 15, cy: ending.y + 15, side: 18, turn: 0.02 };
  const green2: Paper = { colour: 'green', cx: green.cx + 10, cy: green.cy + 11, side: 18, turn: 0.12 };
  const purple: Paper = {
    colour: 'purple',
    cx: cell('before:services').x + 20,
    cy: cell('before:services').y + 30,
    side: 19,
    turn: -0.05,
  };
  const { photo, sheet } = photograph([yellow, pink, across, green, green2, purple]);
  const found = segmentNotes(photo, [sheet]);

  it('finds every note, its colour and its corners, a partly covered one completed as a square', () => {
    expect(found).toHaveLength(6);
    for (const n of [yellow, pink, across, green, green2, purple]) {
      const note = noteAt(found, n);
      expect(note, n.colour).toBeDefined();
      expect(cornerError(note!, n), n.colour).toBeLessThan(1.5);
    }
  });

  it('puts each note in the cell where most of it lies and flags the notes to look at again', () => {
    expect(noteAt(found, yellow)).toMatchObject({ cell: 'during:services', flags: ['covered'] });
    expect(noteAt(found, pink)).toMatchObject({ cell: 'during:services', flags: [] });
    const crossing = noteAt(found, across)!;
    expect(crossing).toMatchObject({ cell: 'start:collaboration', flags: ['crossesBorder'] });
    expect(crossing.inCell).toBeGreaterThan(0.5);
    expect(crossing.inCell).toBeLessThan(0.7);
    // Two notes of one colour: which lies on top cannot be seen, so both are flagged.
    expect(noteAt(found, green)!.flags).toContain('covered');
    expect(noteAt(found, green2)!.flags).toContain('covered');
    expect(noteAt(found, purple)).toMatchObject({ cell: 'before:services', flags: [] });
  });

  it('answers the notes in reading order: cell by cell as the layout lists them, top to bottom in a cell', () => {
    const order = layout.cells.map((c) => c.cell);
    const keys = found.map((n) => [order.indexOf(n.cell), spread(n.cornersMm, 2)[0]!.y] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(found[0]!.cell).toBe('before:services');
  });

  it('maps the corners back to the photo through the sheet', () => {
    for (const note of found) {
      note.corners.forEach((p, i) => {
        const q = project(sheet.pageToPhoto, note.cornersMm[i]!);
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeLessThan(1e-6);
      });
    }
  });

  it('finds nothing on a sheet without notes', () => {
    const empty = photograph([]);
    expect(segmentNotes(empty.photo, [empty.sheet])).toEqual([]);
  });
});

describe('cropNote', () => {
  it('cuts the note out upright: its written top edge on top, its longer side as asked', () => {
    const c = cell('during:collaboration');
    const note: Paper = { colour: 'orange', cx: c.x + 22, cy: c.y + 24, side: 22, turn: 0.35, band: true };
    const { photo, sheet } = photograph([note]);
    const [found] = segmentNotes(photo, [sheet]);
    expect(found?.colour).toBe('orange');
    const crop = cropNote(photo, found!, 120);
    expect(Math.max(crop.width, crop.height)).toBe(120);
    expect(Math.abs(crop.width - crop.height)).toBeLessThanOrEqual(6);
    const rowMean = (y: number) => {
      let sum = 0;
      for (let x = 10; x < crop.width - 10; x++) sum += crop.data[(y * crop.width + x) * 4 + 1]!;
      return sum / (crop.width - 20);
    };
    // A dark band written across the note's top part, the orange paper mirrored below it.
    expect(rowMean(Math.round(crop.height * 0.17))).toBeLessThan(90);
    expect(rowMean(Math.round(crop.height * 0.83))).toBeGreaterThan(110);
    expect(rowMean(Math.round(crop.height * 0.35))).toBeGreaterThan(110);
  });
});
