import type { jsPDF } from 'jspdf';
import { labelsFor, type PrintLabels } from '../labels.ts';
import { portrait } from '../paper.ts';
import { addPage, createDocument, drawLines, fitLine, lineHeight, toBytes, useFont, wrap } from '../pdf/document.ts';
import { addElement, type StructElement } from '../pdf/structureTree.ts';
import { artifact, documentElement, tagged } from '../pdf/tagging.ts';
import type { PrintableAgreements, PrintFonts } from '../printable.ts';
import { type Block, MEMO, memoBlocks } from './memoBlocks.ts';

const PAGE = portrait('A4');
/** Where the footer starts: no block reaches below it. */
const BOTTOM = PAGE.height - MEMO.margin - 6;

/**
 * The first page's head: the workshop's title (H1), "Sopimusmuistio · 24.11.2026" and the latest
 * round (paragraphs).
 */
function drawHead(doc: jsPDF, memo: PrintableAgreements, labels: PrintLabels, root: StructElement): number {
  useFont(doc, 18, 'bold');
  const title = wrap(doc, memo.title, MEMO.width);
  let y = MEMO.margin;
  const top = y;
  tagged(doc, addElement(root, 'H1'), () => drawLines(doc, title, MEMO.margin, top, 18), memo.title);
  y += title.length * lineHeight(18);
  useFont(doc, 11);
  const what = `${labels.memo.title} · ${labels.date(memo.date)}`;
  const whatTop = y + 1;
  tagged(doc, addElement(root, 'P'), () => doc.text(what, MEMO.margin, whatTop, { baseline: 'top' }), what);
  y += lineHeight(11) + 1;
  if (memo.round) {
    useFont(doc, 9.5, 'normal', 60);
    const written = labels.memo.latestRound(memo.round.name, memo.round.date);
    const round = fitLine(doc, written, MEMO.width);
    const roundTop = y + 0.5;
    tagged(doc, addElement(root, 'P'), () => doc.text(round, MEMO.margin, roundTop, { baseline: 'top' }), written);
    y += lineHeight(9.5) + 0.5;
  }
  rule(doc, y + 2.5, 0.5);
  return y + 3;
}

/**
 * A later page's head: the title and what this is, small, so a loose page still says whose it
 * is. Page furniture: an artifact, like the footers.
 */
function drawRunningHead(doc: jsPDF, memo: PrintableAgreements, labels: PrintLabels): number {
  artifact(doc, () => {
    useFont(doc, 8.5, 'normal', 60);
    doc.text(fitLine(doc, `${memo.title} · ${labels.memo.title}`, MEMO.width), MEMO.margin, MEMO.margin, {
      baseline: 'top',
    });
  });
  rule(doc, MEMO.margin + 5, 0.3);
  return MEMO.margin + 5;
}

function rule(doc: jsPDF, y: number, width: number): void {
  artifact(doc, () => {
    doc.setDrawColor(0, 0, 0);
    doc.setLineWidth(width);
    doc.line(MEMO.margin, y, MEMO.margin + MEMO.width, y);
  });
}

function drawFooters(doc: jsPDF, labels: PrintLabels): void {
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    const y = PAGE.height - MEMO.margin;
    artifact(doc, () => {
      useFont(doc, 8, 'normal', 60);
      doc.text(`${labels.memo.title} · Avaa`, MEMO.margin, y, { baseline: 'top' });
      useFont(doc, 8.5, 'bold');
      doc.text(labels.page(page, pages), MEMO.margin + MEMO.width, y, { baseline: 'top', align: 'right' });
    });
  }
}

/** How much must fit below the cursor for `block`: a heading takes its first item along. */
function needed(blocks: readonly Block[], index: number): number {
  const block = blocks[index];
  if (!block) return 0;
  return block.height + (block.keepWithNext ? needed(blocks, index + 1) : 0);
}

/**
 * The agreements register as a short decision document on portrait A4: the six sections in the
 * method's order with their questions, each item numbered with its owner, due date and status in
 * words; an item or a heading with its first item is never split over pages; "Sivu n/N" on each.
 */
export function renderAgreements(memo: PrintableAgreements, fonts: PrintFonts): Uint8Array {
  const labels = labelsFor(memo.language);
  const doc = createDocument(fonts, PAGE, `${memo.title} – ${labels.memo.title}`, memo.language);
  const root = documentElement(doc);
  let y = drawHead(doc, memo, labels, root);
  const blocks = memoBlocks(doc, memo, labels, root);
  blocks.forEach((block, index) => {
    if (y + needed(blocks, index) > BOTTOM && y > MEMO.margin + 10) {
      addPage(doc, PAGE);
      y = drawRunningHead(doc, memo, labels);
    }
    block.draw(y);
    y += block.height;
  });
  drawFooters(doc, labels);
  return toBytes(doc);
}
