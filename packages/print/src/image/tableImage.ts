import { labelsFor } from '../labels.ts';
import { landscape, TABLE_PAPERS, type TablePaper } from '../paper.ts';
import { withPathMarks } from '../paths/tableLegend.ts';
import { createDocument, PT } from '../pdf/document.ts';
import type { PrintableBoard, PrintFonts } from '../printable.ts';
import { layoutTable } from '../table/renderTable.ts';
import { escapeXml, FONT_STACK, mm } from './svg.ts';
import { svgLegend } from './svgLegend.ts';
import { svgTablePage } from './svgPage.ts';

export type TableImageOptions = {
  /** The service paths: marks on their notes and the legend under the table, as the table PDF. */
  readonly paths?: boolean;
};

/** The table as an SVG document, and what it was laid out as. */
export type TableImage = {
  readonly svg: string;
  /** Its size at density 1, in pixels (the SVG's `width` and `height`). */
  readonly width: number;
  readonly height: number;
  /** The paper whose layout it shows, and how many of its pages are stacked in it. */
  readonly paper: TablePaper;
  readonly pages: number;
};

/** A slide's width. */
export const IMAGE_WIDTH = 1920;
/** The notes' type is never smaller than this many pixels: a full board makes a wider image. */
export const MIN_NOTE_PX = 12;
/**
 * Pixels of the largest image at any density: an RGBA raster of 96 MB, which resvg draws in
 * about 6 s on a free core (a 450-note table at density 1), well inside the job time limit.
 */
export const MAX_PIXELS = 24_000_000;

/**
 * The table as an image: laid out as the table PDF on the smallest paper (A4 to A1) on which it
 * fits one page, so the type is as large as it gets; a board too full even for A1 shows the A1
 * PDF's pages one under the other. Same plan, same fitted headers, same notes as the PDF.
 */
export function renderTableSvg(printable: PrintableBoard, options: TableImageOptions, fonts: PrintFonts): TableImage {
  const board = options.paths ? withPathMarks(printable) : printable;
  const labels = labelsFor(board.language);
  const title = `${board.title} – ${labels.table}`;
  // Only measures text: the layout depends on the fonts and the language, not this page.
  const doc = createDocument(fonts, landscape('A4'), title, board.language);
  let paper: TablePaper = 'A4';
  let plan = layoutTable(doc, board, paper);
  for (const larger of TABLE_PAPERS.slice(1)) {
    if (plan.pageCount === 1) break;
    paper = larger;
    plan = layoutTable(doc, board, paper);
  }
  const page = plan.geometry.page;
  const body: string[] = [];
  for (let p = 0; p < plan.pageCount; p++) {
    body.push(
      `<g transform="translate(0 ${mm(p * page.height)})">`,
      ...svgTablePage(doc, board, labels, plan, p),
      '</g>',
    );
  }
  let heightMm = plan.pageCount * page.height;
  if (options.paths) {
    const legend = svgLegend(doc, board, paper);
    body.push(`<g transform="translate(0 ${mm(heightMm)})">`, ...legend.elements, '</g>');
    heightMm += legend.height;
  }
  const perMm = Math.max(IMAGE_WIDTH / page.width, MIN_NOTE_PX / (plan.size * PT));
  const fit = Math.min(1, Math.sqrt(MAX_PIXELS / (page.width * perMm * heightMm * perMm)));
  // Rounded down when held to the limit, so it stays under it.
  const whole = fit < 1 ? Math.floor : Math.round;
  const width = whole(page.width * perMm * fit);
  const height = whole(heightMm * perMm * fit);
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" lang="${board.language}" xml:lang="${board.language}"`,
    ` width="${width}" height="${height}" viewBox="0 0 ${mm(page.width)} ${mm(heightMm)}"`,
    ` font-family="${escapeXml(FONT_STACK)}" aria-labelledby="table-title">`,
    `<title id="table-title">${escapeXml(title)}</title>`,
    `<rect width="${mm(page.width)}" height="${mm(heightMm)}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
  return { svg, width, height, paper, pages: plan.pageCount };
}
