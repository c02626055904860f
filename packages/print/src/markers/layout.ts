import { type CellId, cellId, DIMENSIONS, PHASES } from '@avaa/board-model';
import {
  landscape,
  type PosterPaper,
  paperScale,
  portrait,
  type SheetPaper,
  type Size,
  type TablePaper,
} from '../paper.ts';
import { type Tile, type Tiling, tilePoster } from '../poster/tiles.ts';
import { cellRect, qrRect, type Rect, type TableGeometry, tableGeometry, withRowHeights } from '../table/geometry.ts';

/**
 * The printouts a camera can find: each sheet carries four ArUco markers whose ids tell the
 * printout, the sheet and the corner, so one marker alone places its sheet's grid.
 */
export type PrintoutSpec =
  | { readonly kind: 'blank'; readonly paper: TablePaper }
  | { readonly kind: 'table'; readonly paper: TablePaper }
  | { readonly kind: 'poster'; readonly poster: PosterPaper; readonly sheet: SheetPaper };

export type Corner = 'topLeft' | 'topRight' | 'bottomRight' | 'bottomLeft';
export const CORNERS: readonly Corner[] = ['topLeft', 'topRight', 'bottomRight', 'bottomLeft'];

/** A marker as printed: its black square's top-left (x, y) and side, in mm on its sheet. */
export type PrintedMarker = {
  readonly id: number;
  readonly corner: Corner;
  readonly x: number;
  readonly y: number;
  readonly size: number;
};

/** A cell on a sheet: `rect` is the whole cell in the sheet's mm (on a poster it may run off the sheet), `visible` the part this sheet shows. */
export type SheetCell = { readonly cell: CellId; readonly rect: Rect; readonly visible: Rect | undefined };

export type PrintoutSheet = {
  /** 0-based in the printout (a poster's tiles row by row); 0 for a one-page printout. */
  readonly index: number;
  /** A poster's tile ("B3"). */
  readonly tile?: string;
  readonly page: Size;
  readonly markers: readonly PrintedMarker[];
  readonly cells: readonly SheetCell[];
  /** The blank template's QR code (the participant link naming the board), in the sheet's mm. */
  readonly qr?: Rect;
};

export type PrintoutLayout = { readonly spec: PrintoutSpec; readonly sheets: readonly PrintoutSheet[] };

const TABLE_PAPERS: readonly TablePaper[] = ['A4', 'A3', 'A2', 'A1'];
const POSTERS: readonly PosterPaper[] = ['A0', 'A1', 'A2'];
const SHEETS: readonly SheetPaper[] = ['A4', 'A3'];

/** Every printout with markers, in a fixed order: their sheets get consecutive marker ids. */
export const PRINTOUTS: readonly PrintoutSpec[] = [
  ...TABLE_PAPERS.map((paper) => ({ kind: 'blank' as const, paper })),
  ...TABLE_PAPERS.map((paper) => ({ kind: 'table' as const, paper })),
  ...POSTERS.flatMap((poster) => SHEETS.map((sheet) => ({ kind: 'poster' as const, poster, sheet }))),
];

export function posterTiling(poster: PosterPaper, sheet: SheetPaper): Tiling {
  return tilePoster(landscape(poster), portrait(sheet));
}

export function sheetCount(spec: PrintoutSpec): number {
  return spec.kind === 'poster' ? posterTiling(spec.poster, spec.sheet).tiles.length : 1;
}

/** A printout's name ("poster A0 A4", "template A3"): two photos of one printout name it alike. */
export function specKey(spec: PrintoutSpec): string {
  return spec.kind === 'poster' ? `poster ${spec.poster} ${spec.sheet}` : `${spec.kind} ${spec.paper}`;
}

export function sameSpec(a: PrintoutSpec, b: PrintoutSpec): boolean {
  return specKey(a) === specKey(b);
}

/** The id of the first sheet's top-left marker; a sheet's four ids follow its corners. */
function firstMarkerId(spec: PrintoutSpec): number {
  let id = 0;
  for (const other of PRINTOUTS) {
    if (sameSpec(other, spec)) return id;
    id += 4 * sheetCount(other);
  }
  throw new RangeError(`No markers for ${JSON.stringify(spec)}`);
}

/** What a marker id says: which printout, which of its sheets, which corner. */
export function markerIdentity(
  id: number,
): { readonly spec: PrintoutSpec; readonly sheet: number; readonly corner: Corner } | undefined {
  let first = 0;
  for (const spec of PRINTOUTS) {
    const count = 4 * sheetCount(spec);
    if (id >= first && id < first + count) {
      const offset = id - first;
      return { spec, sheet: Math.floor(offset / 4), corner: CORNERS[offset % 4]! };
    }
    first += count;
  }
  return undefined;
}

/** Markers inside `area` at its corners, `size` wide, `inset` from its edges. */
function markersAt(first: number, area: Rect, size: number, inset: number): PrintedMarker[] {
  const left = area.x + inset;
  const right = area.x + area.width - inset - size;
  const top = area.y + inset;
  const bottom = area.y + area.height - inset - size;
  const at = [
    [left, top],
    [right, top],
    [right, bottom],
    [left, bottom],
  ] as const;
  return CORNERS.map((corner, i) => ({ id: first + i, corner, x: at[i]![0], y: at[i]![1], size }));
}

function cellsOf(g: TableGeometry, place: (rect: Rect) => SheetCell['rect'], clip: Rect): SheetCell[] {
  return DIMENSIONS.flatMap((dimension, row) =>
    PHASES.map((phase, column) => {
      const rect = place(cellRect(g, column, row));
      return { cell: cellId(phase.id, dimension.id), rect, visible: intersect(rect, clip) };
    }),
  );
}

function intersect(a: Rect, b: Rect): Rect | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : undefined;
}

/**
 * One-page printouts: the markers sit in the page's margin, 5.5 mm (A4, growing with the paper)
 * and half a millimetre clear of the table, so a printer's unprintable edge (about 4 mm) keeps
 * them and a note stuck on the table rarely reaches them.
 */
export function pageMarkerSize(scale: number): number {
  return 5.5 * scale;
}

function singleSheet(spec: PrintoutSpec & { paper: TablePaper }, rowHeights?: readonly number[]): PrintoutSheet {
  const page = landscape(spec.paper);
  const scale = paperScale(spec.paper);
  // The blank template's taller phase row (24 mm on A4) is `blankGeometry`'s; a test keeps them equal.
  const base = tableGeometry(page, scale, spec.kind === 'blank' ? 24 : 11);
  const g = rowHeights ? withRowHeights(base, rowHeights) : base;
  const size = pageMarkerSize(scale);
  const inset = g.margin - size - 0.5 * scale;
  const whole = { x: 0, y: 0, width: page.width, height: page.height };
  const markers = markersAt(firstMarkerId(spec), whole, size, inset);
  const sheet = { index: 0, page, markers, cells: cellsOf(g, (r) => r, whole) };
  return spec.kind === 'blank' ? { ...sheet, qr: qrRect(g) } : sheet;
}

/** A poster sheet's markers are this big (its sheet is A4 or A3 whatever the poster's size). */
export const POSTER_MARKER_SIZE = 8;

/**
 * The part of a poster sheet no neighbour covers and no trim cuts, whichever way the sheets
 * are glued: the printed area less the overlap strips on every side that has a neighbour.
 */
export function posterSheetClear(t: Tiling, tile: Tile): Rect {
  const left = t.margin + (tile.column > 0 ? t.overlap : 0);
  const top = t.margin + (tile.row > 0 ? t.overlap : 0);
  const right = t.margin + t.area.width - (tile.column < t.columns - 1 ? t.overlap : 0);
  const bottom = t.margin + t.area.height - (tile.row < t.rows - 1 ? t.overlap : 0);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function posterSheets(spec: PrintoutSpec & { kind: 'poster' }, rowHeights?: readonly number[]): PrintoutSheet[] {
  const t = posterTiling(spec.poster, spec.sheet);
  const base = tableGeometry(landscape(spec.poster), paperScale(spec.poster));
  const g = rowHeights ? withRowHeights(base, rowHeights) : base;
  const first = firstMarkerId(spec);
  return t.tiles.map((tile, index) => {
    const area = { x: t.margin, y: t.margin, width: t.area.width, height: t.area.height };
    const place = (r: Rect): Rect => ({
      x: t.margin - tile.x + t.scale * r.x,
      y: t.margin - tile.y + t.scale * r.y,
      width: t.scale * r.width,
      height: t.scale * r.height,
    });
    const markers = markersAt(first + 4 * index, posterSheetClear(t, tile), POSTER_MARKER_SIZE, 1);
    return { index, tile: tile.id, page: t.sheet, markers, cells: cellsOf(g, place, area) };
  });
}

/**
 * Where each sheet's markers and cells are, in mm from the sheet's top-left corner, as the
 * renderer prints them (no DOM, no jsPDF): a detector maps photo -> sheet -> cell with it.
 * `rowHeights` are the table's rows as its plan shared them (a blank template's are equal).
 */
export function printoutLayout(spec: PrintoutSpec, rowHeights?: readonly number[]): PrintoutLayout {
  const sheets = spec.kind === 'poster' ? posterSheets(spec, rowHeights) : [singleSheet(spec, rowHeights)];
  return { spec, sheets };
}

/** The four corners of a marker's black square in the order js-aruco2 reports them (clockwise from its top-left). */
export function markerCorners(m: PrintedMarker): readonly { readonly x: number; readonly y: number }[] {
  return [
    { x: m.x, y: m.y },
    { x: m.x + m.size, y: m.y },
    { x: m.x + m.size, y: m.y + m.size },
    { x: m.x, y: m.y + m.size },
  ];
}
