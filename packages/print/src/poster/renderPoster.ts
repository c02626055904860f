import type { jsPDF } from 'jspdf';
import { labelsFor } from '../labels.ts';
import { drawSheetMarkers } from '../markers/draw.ts';
import { printoutLayout } from '../markers/layout.ts';
import { landscape, portrait } from '../paper.ts';
import { addPage, createDocument, PT, toBytes, useFont } from '../pdf/document.ts';
import { artifact } from '../pdf/tagging.ts';
import type { PrintableBoard, PrintFonts } from '../printable.ts';
import { contains, overlaps, type Rect } from '../table/geometry.ts';
import { posterSizeRange } from '../table/plan.ts';
import { drawTablePage, layoutTable, type SheetView, tableStructure } from '../table/renderTable.ts';
import { type Tile, type Tiling, tilePoster } from './tiles.ts';

export type PosterOptions = { readonly poster: 'A0' | 'A1' | 'A2'; readonly sheet: 'A4' | 'A3' };

/** Crop marks at the printed area's corners, drawn in the margin so they survive the trim. */
function drawCropMarks(doc: jsPDF, t: Tiling): void {
  const m = t.margin;
  const length = m * 0.7;
  doc.setDrawColor(0, 0, 0);
  doc.setLineWidth(0.2);
  for (const x of [m, m + t.area.width]) {
    for (const y of [m, m + t.area.height]) {
      const outX = x === m ? -1 : 1;
      const outY = y === m ? -1 : 1;
      doc.line(x + outX * 1, y, x + outX * (1 + length), y);
      doc.line(x, y + outY * 1, x, y + outY * (1 + length));
    }
  }
}

/**
 * Where the next sheet's picture starts (right and below): a dashed line and a target in the
 * overlap, so sheets are aligned by laying one target over the other before gluing.
 */
function drawOverlapMarks(doc: jsPDF, t: Tiling, tile: Tile): void {
  const m = t.margin;
  doc.setLineDashPattern([2, 1.5], 0);
  doc.setLineWidth(0.2);
  doc.setDrawColor(90, 90, 90);
  const right = m + t.area.width - t.overlap;
  const bottom = m + t.area.height - t.overlap;
  if (tile.column < t.columns - 1) doc.line(right, m - 4, right, m + t.area.height + 4);
  if (tile.row < t.rows - 1) doc.line(m - 4, bottom, m + t.area.width + 4, bottom);
  doc.setLineDashPattern([], 0);
  // Targets sit halfway into the overlap, where both neighbours print them.
  const half = t.overlap / 2;
  const targets = [
    [m + half, m + half],
    [m + t.area.width - half, m + half],
    [m + half, m + t.area.height - half],
    [m + t.area.width - half, m + t.area.height - half],
  ] as const;
  doc.setDrawColor(0, 0, 0);
  for (const [x, y] of targets) {
    doc.circle(x, y, 1.5, 'S');
    doc.line(x - 2.5, y, x + 2.5, y);
    doc.line(x, y - 2.5, x, y + 2.5);
  }
}

function drawSheetLabel(doc: jsPDF, t: Tiling, text: string): void {
  useFont(doc, 8, 'bold', 30);
  doc.text(text, t.margin + 4, t.sheet.height - t.margin + 2.5, { baseline: 'top' });
}

/** Clips to the printed area, scales the poster and shifts it so the tile's part of it shows there. */
function drawTileContent(doc: jsPDF, t: Tiling, tile: Tile, draw: () => void): void {
  doc.saveGraphicsState();
  doc.rect(t.margin, t.margin, t.area.width, t.area.height, null);
  doc.clip();
  doc.discardPath();
  const k = 1 / PT;
  const s = t.scale;
  // jsPDF turns mm into PDF points and flips y (v = H - y) before writing; this matrix maps that
  // output so a poster point (x, y) lands at (margin - tile.x + s x, margin - tile.y + s y) mm.
  const height = t.sheet.height * k;
  const dx = (t.margin - tile.x) * k;
  const dy = height * (1 - s) - (t.margin - tile.y) * k;
  doc.setCurrentTransformationMatrix(doc.Matrix(s, 0, 0, s, dx, dy));
  draw();
  doc.restoreGraphicsState();
}

/** The part of the table (in its own mm, before scaling) that a tile's sheet shows. */
function shownBy(t: Tiling, tile: Tile): Rect {
  const s = t.scale;
  return { x: tile.x / s, y: tile.y / s, width: t.area.width / s, height: t.area.height / s };
}

/**
 * A piece's home sheet, where it is tagged content: the first that shows it whole, else the one
 * where it starts (its top-left corner), so its text is read from where it is printed; always
 * one that draws it.
 */
function sheetView(t: Tiling, tile: Tile): SheetView {
  const corner = (rect: Rect): Rect => ({ x: rect.x, y: rect.y, width: 0, height: 0 });
  const home = (rect: Rect) => {
    const showing = t.tiles.filter((other) => overlaps(shownBy(t, other), rect));
    return (
      showing.find((other) => contains(shownBy(t, other), rect)) ??
      showing.find((other) => contains(shownBy(t, other), corner(rect))) ??
      showing[0]
    );
  };
  return { visible: shownBy(t, tile), owns: (rect) => home(rect) === tile };
}

/**
 * The table at A0, A1 or A2 size (or up to 10 % under it when that saves sheets) tiled over A4
 * or A3 sheets. A table that overflows one poster page gives more posters, each on its own set
 * of sheets.
 */
export function renderPoster(board: PrintableBoard, options: PosterOptions, fonts: PrintFonts): Uint8Array {
  const labels = labelsFor(board.language);
  const tiling = tilePoster(landscape(options.poster), portrait(options.sheet));
  const doc = createDocument(fonts, tiling.sheet, `${board.title} – ${labels.poster}`, board.language);
  const plan = layoutTable(doc, board, options.poster, posterSizeRange);
  // One structure for all sheets: each piece is content on its home sheet, an artifact elsewhere.
  const tags = tableStructure(doc, board);
  const total = plan.pageCount * tiling.tiles.length;
  const sheets = printoutLayout(
    { kind: 'poster', poster: options.poster, sheet: options.sheet },
    plan.geometry.rowHeights,
  ).sheets;
  let sheet = 0;
  for (let p = 0; p < plan.pageCount; p++) {
    for (const tile of tiling.tiles) {
      if (sheet++ > 0) addPage(doc, tiling.sheet);
      const view = sheetView(tiling, tile);
      drawTileContent(doc, tiling, tile, () => drawTablePage(doc, board, plan, p, tags, view));
      const poster = plan.pageCount > 1 ? ` (${p + 1}/${plan.pageCount})` : '';
      const on = labels.posterOn(options.poster, tiling.tiles.length, options.sheet);
      const label = `${on}${poster} · ${labels.sheet(tile.row + 1, tile.column + 1)} · ${sheet}/${total}`;
      // Marks and the sheet's label are for assembling the poster, not part of the table.
      artifact(doc, () => {
        drawCropMarks(doc, tiling);
        drawOverlapMarks(doc, tiling, tile);
        drawSheetLabel(doc, tiling, label);
      });
      drawSheetMarkers(doc, sheets[(sheet - 1) % sheets.length]!);
    }
  }
  return toBytes(doc);
}
