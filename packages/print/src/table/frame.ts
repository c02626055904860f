import { DIMENSIONS, type Language, PHASES } from '@avaa/board-model';
import type { jsPDF } from 'jspdf';
import { HEADER_FILL, RULE } from '../pdf/colours.ts';
import { drawLines, fitLine, lineHeight, useFont, wrap } from '../pdf/document.ts';
import { cellRect, cornerRect, dimensionRect, inset, phaseRect, type Rect, type TableGeometry } from './geometry.ts';

/** The words around the grid of one page: the title band and the footer. */
export type FrameText = {
  readonly title: string;
  /** Right of the title: board, round and date. */
  readonly details: string;
  readonly footerLeft: string;
  readonly footerRight: string;
};

/** The widest word: a header is shrunk until no word has to be broken ("sektorsövergripande"). */
function widestWord(doc: jsPDF, text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => doc.getTextWidth(word)));
}

/** Draws `text` wrapped into `rect` at `size`, shrinking it until it fits (headers must never spill). */
function fitText(doc: jsPDF, text: string, rect: Rect, size: number, style: 'normal' | 'bold', grey = 0): number {
  let s = size;
  let lines: string[];
  for (;;) {
    useFont(doc, s, style, grey);
    lines = wrap(doc, text, rect.width);
    const fits = lines.length * lineHeight(s) <= rect.height && widestWord(doc, text) <= rect.width;
    if (fits || s <= 4) break;
    s -= 0.25;
  }
  drawLines(doc, lines, rect.x, rect.y, s);
  return lines.length * lineHeight(s);
}

function drawTitleBand(doc: jsPDF, g: TableGeometry, text: FrameText): void {
  const width = g.page.width - 2 * g.margin;
  const size = 13 * g.scale;
  useFont(doc, 9 * g.scale, 'normal', 60);
  const details = fitLine(doc, text.details, width * 0.45);
  const detailsWidth = doc.getTextWidth(details);
  doc.text(details, g.page.width - g.margin, g.margin + size * 0.12, { baseline: 'top', align: 'right' });
  useFont(doc, size, 'bold');
  doc.text(fitLine(doc, text.title, width - detailsWidth - 5 * g.scale), g.margin, g.margin, { baseline: 'top' });
}

function drawFooter(doc: jsPDF, g: TableGeometry, text: FrameText): void {
  const y = g.page.height - g.margin - 3 * g.scale;
  useFont(doc, 7 * g.scale, 'normal', 60);
  doc.text(text.footerLeft, g.margin, y, { baseline: 'top' });
  useFont(doc, 8 * g.scale, 'bold');
  doc.text(text.footerRight, g.page.width - g.margin, y, { baseline: 'top', align: 'right' });
}

function strokeRect(doc: jsPDF, rect: Rect, fill: boolean): void {
  doc.setFillColor(...HEADER_FILL);
  doc.rect(rect.x, rect.y, rect.width, rect.height, fill ? 'FD' : 'S');
}

/**
 * Phase and dimension headers (numbered, so a column is named even in a cropped photo),
 * with the dimension's question under its name when `questions` is set.
 */
function drawHeaders(doc: jsPDF, g: TableGeometry, language: Language, questions: boolean): void {
  const size = 8 * g.scale;
  PHASES.forEach((phase, column) => {
    const rect = phaseRect(g, column);
    strokeRect(doc, rect, true);
    fitText(doc, `${column + 1}. ${phase.name[language]}`, inset(rect, g.pad), size, 'bold');
  });
  DIMENSIONS.forEach((dimension, row) => {
    const rect = dimensionRect(g, row);
    strokeRect(doc, rect, true);
    const box = inset(rect, g.pad);
    const used = fitText(doc, dimension.name[language], box, size, 'bold');
    if (!questions) return;
    const below = { ...box, y: box.y + used + g.pad, height: box.height - used - g.pad };
    fitText(doc, dimension.question[language], below, 6.5 * g.scale, 'normal', 50);
  });
  strokeRect(doc, cornerRect(g), true);
}

function drawCellRules(doc: jsPDF, g: TableGeometry): void {
  for (let row = 0; row < DIMENSIONS.length; row++) {
    for (let column = 0; column < PHASES.length; column++) strokeRect(doc, cellRect(g, column, row), false);
  }
}

/** Everything on a table page except the cells' contents. */
export function drawFrame(doc: jsPDF, g: TableGeometry, language: Language, text: FrameText, questions = true): void {
  doc.setLineWidth(0.3 * g.scale);
  doc.setDrawColor(...RULE);
  drawTitleBand(doc, g, text);
  drawHeaders(doc, g, language, questions);
  drawCellRules(doc, g);
  drawFooter(doc, g, text);
}

export { fitText };
