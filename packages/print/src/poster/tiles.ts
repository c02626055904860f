import type { Size } from '../paper.ts';

/** One sheet of a poster: the part of the assembled poster it shows, in mm of the assembled poster. */
export type Tile = {
  readonly row: number;
  readonly column: number;
  /** "B3": row letter, column number. */
  readonly id: string;
  readonly x: number;
  readonly y: number;
};

export type Tiling = {
  readonly sheet: Size;
  /** The printed area of a sheet: the sheet less its margin, where marks and labels go. */
  readonly area: Size;
  readonly margin: number;
  readonly overlap: number;
  readonly rows: number;
  readonly columns: number;
  readonly tiles: readonly Tile[];
  /** The poster is drawn at this share of its nominal size (at most 1) so that it fills its sheets. */
  readonly scale: number;
};

export const SHEET_MARGIN = 10;
export const OVERLAP = 10;
/**
 * A poster may be set up to 10 % under its nominal size when that saves sheets: a last row or
 * column that would only show a sliver of the table's edge and its footer is paper wasted.
 */
export const MIN_POSTER_SCALE = 0.9;

function count(length: number, area: number, overlap: number): number {
  return Math.max(1, Math.ceil((length - overlap) / (area - overlap) - 1e-9));
}

/** The length that `n` sheets of printed length `area` cover when neighbours share `overlap`. */
function covered(n: number, area: number, overlap: number): number {
  return n * (area - overlap) + overlap;
}

function areaOf(sheet: Size): Size {
  return { width: sheet.width - 2 * SHEET_MARGIN, height: sheet.height - 2 * SHEET_MARGIN };
}

/** The largest scale (up to 1) at which the poster fits the fewest sheets of this orientation. */
function bestScale(poster: Size, sheet: Size): { readonly scale: number; readonly sheets: number } {
  const area = areaOf(sheet);
  const columns = count(poster.width, area.width, OVERLAP);
  const rows = count(poster.height, area.height, OVERLAP);
  let best = { scale: 1, sheets: columns * rows };
  for (let c = 1; c <= columns; c++) {
    for (let r = 1; r <= rows; r++) {
      const scale = Math.min(
        1,
        covered(c, area.width, OVERLAP) / poster.width,
        covered(r, area.height, OVERLAP) / poster.height,
      );
      const sheets = c * r;
      const better = sheets < best.sheets || (sheets === best.sheets && scale > best.scale);
      if (scale >= MIN_POSTER_SCALE && better) best = { scale, sheets };
    }
  }
  return best;
}

function tilingFor(poster: Size, sheet: Size, scale: number): Tiling {
  const area = areaOf(sheet);
  const columns = count(poster.width * scale, area.width, OVERLAP);
  const rows = count(poster.height * scale, area.height, OVERLAP);
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      tiles.push({
        row,
        column,
        id: `${String.fromCharCode(65 + row)}${column + 1}`,
        x: column * (area.width - OVERLAP),
        y: row * (area.height - OVERLAP),
      });
    }
  }
  return { sheet, area, margin: SHEET_MARGIN, overlap: OVERLAP, rows, columns, tiles, scale };
}

/**
 * Tiles the poster over sheets: each sheet prints `area` of the poster, neighbours share
 * `OVERLAP` mm to glue over. The sheet is turned whichever way needs fewer sheets, and the poster
 * is set up to 10 % smaller when that drops a row or column of sheets
 * (A1 on A4: 3 x 3 landscape sheets at 93 %, not 5 x 3 with a last row of border and footer).
 */
export function tilePoster(poster: Size, sheetPortrait: Size): Tiling {
  const turnedSheet = { width: sheetPortrait.height, height: sheetPortrait.width };
  const upright = bestScale(poster, sheetPortrait);
  const turned = bestScale(poster, turnedSheet);
  const useTurned =
    turned.sheets < upright.sheets || (turned.sheets === upright.sheets && turned.scale > upright.scale);
  return useTurned ? tilingFor(poster, turnedSheet, turned.scale) : tilingFor(poster, sheetPortrait, upright.scale);
}
