import { DIMENSIONS, type Language, PHASES } from '@avaa/board-model';
import type { jsPDF } from 'jspdf';
import { HEADER_FILL, RULE } from '../pdf/colours.ts';
import { drawLines, fitLine, lineHeight, useFont, wrap } from '../pdf/document.ts';
import type { StructElement } from '../pdf/structureTree.ts';
import { artifact, tagged } from '../pdf/tagging.ts';
import { cellRect, cornerRect, dimensionRect, inset, phaseRect, type Rect, type TableGeometry } from './geometry.ts';

/** The words around the grid of one page: the title band and the footer. */
export type FrameText = {
  readonly title: string;
  /** Right of the title: board, round and date. */
  readonly details: string;
  readonly footerLeft: string;
  readonly footerRight: string;
};

/**
 * What the frame's words are content of on this page: the title (H1), the details (P) and the
 * headers (TH). Each is content once; a missing one (a repeat on a later page) is an artifact.
 */
export type FrameTags = {
  readonly title: StructElement | undefined;
  readonly details: StructElement | undefined;
  readonly phases: readonly (StructElement | undefined)[];
  readonly dimensions: readonly (StructElement | undefined)[];
};

/** The widest word: a header is shrunk until no word has to be broken ("sektorsövergripande"). */
function widestWord(doc: jsPDF, text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => doc.getTextWidth(word)));
}

/** A header's lines and the size they fit `rect` at: shrunk until it fits (headers must never spill). */
export type FittedText = { readonly lines: string[]; readonly size: number };

export function fitTextLayout(
  doc: jsPDF,
  text: string,
  rect: Rect,
  size: number,
  style: 'normal' | 'bold',
  grey = 0,
): FittedText {
  let s = size;
  let lines: string[];
  for (;;) {
    useFont(doc, s, style, grey);
    lines = wrap(doc, text, rect.width);
    const fits = lines.length * lineHeight(s) <= rect.height && widestWord(doc, text) <= rect.width;
    if (fits || s <= 4) break;
    s -= 0.25;
  }
  return { lines, size: s };
}

/**
 * Draws `text` wrapped into `rect` at `size`, shrinking it until it fits, as content of
 * `element` (an artifact without one).
 */
function fitText(
  doc: jsPDF,
  element: StructElement | undefined,
  text: string,
  rect: Rect,
  size: number,
  style: 'normal' | 'bold',
  grey = 0,
): number {
  const { lines, size: s } = fitTextLayout(doc, text, rect, size, style, grey);
  tagged(doc, element, () => drawLines(doc, lines, rect.x, rect.y, s), text);
  return lines.length * lineHeight(s);
}

/** The title band's words, shortened with "…" to share the width: the title left, the details right. */
export type TitleBand = {
  readonly title: string;
  readonly titleSize: number;
  readonly details: string;
  readonly detailsSize: number;
};

export function titleBand(doc: jsPDF, g: TableGeometry, text: FrameText): TitleBand {
  const width = g.page.width - 2 * g.margin;
  const detailsSize = 9 * g.scale;
  useFont(doc, detailsSize, 'normal', 60);
  const details = fitLine(doc, text.details, width * 0.45);
  const detailsWidth = doc.getTextWidth(details);
  const titleSize = 13 * g.scale;
  useFont(doc, titleSize, 'bold');
  const title = fitLine(doc, text.title, width - detailsWidth - 5 * g.scale);
  return { title, titleSize, details, detailsSize };
}

function drawTitleBand(doc: jsPDF, g: TableGeometry, text: FrameText, tags: FrameTags): void {
  const band = titleBand(doc, g, text);
  useFont(doc, band.titleSize, 'bold');
  tagged(doc, tags.title, () => doc.text(band.title, g.margin, g.margin, { baseline: 'top' }), text.title);
  useFont(doc, band.detailsSize, 'normal', 60);
  const top = g.margin + band.titleSize * 0.12;
  tagged(
    doc,
    tags.details,
    () => doc.text(band.details, g.page.width - g.margin, top, { baseline: 'top', align: 'right' }),
    text.details,
  );
}

/** The footer is page furniture: the same on every page, an artifact. */
function drawFooter(doc: jsPDF, g: TableGeometry, text: FrameText): void {
  const y = g.page.height - g.margin - 3 * g.scale;
  artifact(doc, () => {
    useFont(doc, 7 * g.scale, 'normal', 60);
    doc.text(text.footerLeft, g.margin, y, { baseline: 'top' });
    useFont(doc, 8 * g.scale, 'bold');
    doc.text(text.footerRight, g.page.width - g.margin, y, { baseline: 'top', align: 'right' });
  });
}

function strokeRect(doc: jsPDF, rect: Rect, fill: boolean): void {
  artifact(doc, () => {
    doc.setFillColor(...HEADER_FILL);
    doc.rect(rect.x, rect.y, rect.width, rect.height, fill ? 'FD' : 'S');
  });
}

/**
 * Phase and dimension headers (numbered, so a column is named even in a cropped photo),
 * with the dimension's question under its name when `questions` is set.
 */
function drawHeaders(doc: jsPDF, g: TableGeometry, language: Language, questions: boolean, tags: FrameTags): void {
  const size = 8 * g.scale;
  PHASES.forEach((phase, column) => {
    const rect = phaseRect(g, column);
    strokeRect(doc, rect, true);
    fitText(doc, tags.phases[column], `${column + 1}. ${phase.name[language]}`, inset(rect, g.pad), size, 'bold');
  });
  DIMENSIONS.forEach((dimension, row) => {
    const rect = dimensionRect(g, row);
    strokeRect(doc, rect, true);
    const box = inset(rect, g.pad);
    const header = tags.dimensions[row];
    const used = fitText(doc, header, dimension.name[language], box, size, 'bold');
    if (!questions) return;
    const below = { ...box, y: box.y + used + g.pad, height: box.height - used - g.pad };
    fitText(doc, header, dimension.question[language], below, 6.5 * g.scale, 'normal', 50);
  });
  strokeRect(doc, cornerRect(g), true);
}

function drawCellRules(doc: jsPDF, g: TableGeometry): void {
  for (let row = 0; row < DIMENSIONS.length; row++) {
    for (let column = 0; column < PHASES.length; column++) strokeRect(doc, cellRect(g, column, row), false);
  }
}

/** Everything on a table page except the cells' contents. */
export function drawFrame(
  doc: jsPDF,
  g: TableGeometry,
  language: Language,
  text: FrameText,
  tags: FrameTags,
  questions = true,
): void {
  doc.setLineWidth(0.3 * g.scale);
  doc.setDrawColor(...RULE);
  drawTitleBand(doc, g, text, tags);
  drawHeaders(doc, g, language, questions, tags);
  drawCellRules(doc, g);
  drawFooter(doc, g, text);
}

export { fitText };
