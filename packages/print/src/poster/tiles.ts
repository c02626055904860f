import type { Size } from '../paper.ts';

/** One sheet of a poster: the part of the poster it shows, in poster mm. */
export type Tile = {
  readonly row: number;
  readonly column: number;
  /** "B3": row letter, column number, as written on the sheet and used to assemble. */
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
};

export const SHEET_MARGIN = 10;
export const OVERLAP = 10;

function count(length: number, area: number, overlap: number): number {
  return Math.max(1, Math.ceil((length - overlap) / (area - overlap)));
}

function tilingFor(poster: Size, sheet: Size): Tiling {
  const area = { width: sheet.width - 2 * SHEET_MARGIN, height: sheet.height - 2 * SHEET_MARGIN };
  const columns = count(poster.width, area.width, OVERLAP);
  const rows = count(poster.height, area.height, OVERLAP);
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
  return { sheet, area, margin: SHEET_MARGIN, overlap: OVERLAP, rows, columns, tiles };
}

/**
 * Tiles the poster over sheets: each sheet prints `area` of the poster, neighbours share
 * `OVERLAP` mm to glue over. The sheet is turned whichever way needs fewer sheets
 * (A0 on A4: 5 x 5 landscape sheets; A1 on A3: 2 x 4 portrait sheets).
 */
export function tilePoster(poster: Size, sheetPortrait: Size): Tiling {
  const upright = tilingFor(poster, sheetPortrait);
  const turned = tilingFor(poster, { width: sheetPortrait.height, height: sheetPortrait.width });
  return turned.tiles.length < upright.tiles.length ? turned : upright;
}
