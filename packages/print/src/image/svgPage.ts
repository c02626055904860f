import { CELL_IDS, DIMENSION_IDS, DIMENSIONS, PHASE_IDS, PHASES, parseCellId } from '@avaa/board-model';
import type { jsPDF } from 'jspdf';
import type { PrintLabels } from '../labels.ts';
import { HEADER_FILL, noteEdge, noteFill, pathRgb, RULE } from '../pdf/colours.ts';
import { lineHeight, PT, useFont } from '../pdf/document.ts';
import { MARK, markRow, metaSize, type NoteBlock, padding } from '../pdf/noteBlock.ts';
import type { PrintableBoard } from '../printable.ts';
import { fitTextLayout, titleBand } from '../table/frame.ts';
import {
  cellRect,
  cornerRect,
  dimensionRect,
  inset,
  phaseRect,
  type Rect,
  type TableGeometry,
} from '../table/geometry.ts';
import { continuationSize, type TablePlan } from '../table/plan.ts';
import { frameText } from '../table/renderTable.ts';
import { grey, hex, rect, text } from './svg.ts';

/**
 * One page of the table plan as SVG elements, in mm: what `drawTablePage` draws on a PDF page,
 * from the same plan and the same fitted headers. Only the drawing differs; the layout is one.
 */
export function svgTablePage(doc: jsPDF, board: PrintableBoard, labels: PrintLabels, plan: TablePlan, page: number) {
  const g = plan.geometry;
  return [
    ...titleAndFooter(doc, g, frameText(board, labels, page + 1, plan.pageCount)),
    ...headers(doc, g, board),
    ...cellRules(g),
    ...cells(doc, plan, page, labels),
  ];
}

/** A line of text with its top at `top`, as jsPDF's `baseline: 'top'` sets it (0.8 em down). */
export function lineAt(
  doc: jsPDF,
  line: string,
  x: number,
  top: number,
  size: number,
  style: { bold?: boolean; grey?: number; fill?: string; anchor?: 'start' | 'middle' | 'end' } = {},
): string {
  useFont(doc, size, style.bold ? 'bold' : 'normal');
  const width = doc.getTextWidth(line);
  return text(line, x, top + size * PT * 0.8, {
    size: size * PT,
    bold: style.bold ?? false,
    fill: style.fill ?? grey(style.grey ?? 0),
    anchor: style.anchor ?? 'start',
    width,
  });
}

export function linesAt(
  doc: jsPDF,
  lines: readonly string[],
  x: number,
  top: number,
  size: number,
  style: { bold?: boolean; grey?: number } = {},
): string[] {
  return lines.map((line, i) => lineAt(doc, line, x, top + i * lineHeight(size), size, style));
}

function titleAndFooter(doc: jsPDF, g: TableGeometry, words: ReturnType<typeof frameText>): string[] {
  const band = titleBand(doc, g, words);
  const right = g.page.width - g.margin;
  const foot = g.page.height - g.margin - 3 * g.scale;
  return [
    lineAt(doc, band.title, g.margin, g.margin, band.titleSize, { bold: true }),
    lineAt(doc, band.details, right, g.margin + band.titleSize * 0.12, band.detailsSize, { grey: 60, anchor: 'end' }),
    lineAt(doc, words.footerLeft, g.margin, foot, 7 * g.scale, { grey: 60 }),
    lineAt(doc, words.footerRight, right, foot, 8 * g.scale, { bold: true, anchor: 'end' }),
  ];
}

function box(r: Rect, g: TableGeometry, fill: boolean): string {
  return rect(r.x, r.y, r.width, r.height, {
    fill: fill ? hex(HEADER_FILL) : 'none',
    stroke: hex(RULE),
    strokeWidth: 0.3 * g.scale,
  });
}

/** Numbered phase headers, and each dimension's name with its question under it. */
function headers(doc: jsPDF, g: TableGeometry, board: PrintableBoard): string[] {
  const size = 8 * g.scale;
  const out: string[] = [];
  PHASES.forEach((phase, column) => {
    const r = phaseRect(g, column);
    const inner = inset(r, g.pad);
    const fitted = fitTextLayout(doc, `${column + 1}. ${phase.name[board.language]}`, inner, size, 'bold');
    out.push(box(r, g, true), ...linesAt(doc, fitted.lines, inner.x, inner.y, fitted.size, { bold: true }));
  });
  DIMENSIONS.forEach((dimension, row) => {
    const r = dimensionRect(g, row);
    const inner = inset(r, g.pad);
    const name = fitTextLayout(doc, dimension.name[board.language], inner, size, 'bold');
    const used = name.lines.length * lineHeight(name.size);
    const below = { ...inner, y: inner.y + used + g.pad, height: inner.height - used - g.pad };
    const question = fitTextLayout(doc, dimension.question[board.language], below, 6.5 * g.scale, 'normal', 50);
    out.push(
      box(r, g, true),
      ...linesAt(doc, name.lines, inner.x, inner.y, name.size, { bold: true }),
      ...linesAt(doc, question.lines, below.x, below.y, question.size, { grey: 50 }),
    );
  });
  out.push(box(cornerRect(g), g, true));
  return out;
}

function cellRules(g: TableGeometry): string[] {
  return DIMENSION_IDS.flatMap((_, row) => PHASE_IDS.map((__, column) => box(cellRect(g, column, row), g, false)));
}

function cells(doc: jsPDF, plan: TablePlan, page: number, labels: PrintLabels): string[] {
  const g = plan.geometry;
  const out: string[] = [];
  for (const cell of CELL_IDS) {
    const { phase, dimension } = parseCellId(cell);
    const r = cellRect(g, PHASE_IDS.indexOf(phase), DIMENSION_IDS.indexOf(dimension));
    const pages = plan.cells.get(cell) ?? [];
    for (const placed of pages[page] ?? []) {
      out.push(...note(doc, placed.block, r.x + g.pad + placed.x, r.y + g.pad + placed.y));
    }
    if (page < pages.length - 1) {
      const size = continuationSize(g);
      // jsPDF's `baseline: 'bottom'` at the cell's inner foot: the line's top is one em above it.
      const top = r.y + r.height - g.pad - size * PT;
      out.push(
        lineAt(doc, labels.continues, r.x + r.width - g.pad, top, size, { bold: true, grey: 40, anchor: 'end' }),
      );
    }
  }
  return out;
}

/** A measured note as `drawNote` draws it: frame (heavy for an idea, dashed for a gap), marks, meta, text. */
function note(doc: jsPDF, block: NoteBlock, x: number, y: number): string[] {
  const { note: n, size } = block;
  const pad = padding(size);
  const heavy = n.kind !== 'note';
  const out = [
    '<g>',
    rect(x, y, block.width, block.height, {
      fill: hex(noteFill(n.colour)),
      stroke: hex(noteEdge(n.colour)),
      strokeWidth: size * PT * (heavy ? 0.16 : 0.06),
      ...(n.kind === 'gap' ? { dash: [size * PT * 0.5, size * PT * 0.3] } : {}),
    }),
  ];
  let top = y + pad;
  const chipHeight = lineHeight(metaSize(size));
  for (const chip of block.marks) {
    const chipTop = top + chip.row * markRow(size);
    out.push(
      rect(x + pad + chip.x, chipTop, chip.width, chipHeight, { fill: hex(pathRgb(chip.mark.colour)) }),
      lineAt(doc, `${MARK}${chip.mark.label}`, x + pad + chip.x + chip.width / 2, chipTop, metaSize(size), {
        bold: true,
        fill: '#ffffff',
        anchor: 'middle',
      }),
    );
  }
  if (block.marks.length > 0) top += (block.marks[block.marks.length - 1]!.row + 1) * markRow(size);
  if (block.meta.length > 0) {
    out.push(...linesAt(doc, block.meta, x + pad, top, metaSize(size), { bold: true, grey: 40 }));
    top += block.meta.length * lineHeight(metaSize(size)) + pad * 0.4;
  }
  out.push(...linesAt(doc, block.lines, x + pad, top, size), '</g>');
  return out;
}
