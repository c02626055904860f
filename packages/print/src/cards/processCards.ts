import { cellId, DIMENSIONS, type Dimension, type Language, PHASES, type Phase } from '@avaa/board-model';
import type { jsPDF } from 'jspdf';
import { labelsFor, type PrintLabels } from '../labels.ts';
import { landscape, portrait } from '../paper.ts';
import { addPage, createDocument, drawLines, fitLine, lineHeight, toBytes, useFont, wrap } from '../pdf/document.ts';
import { drawNote, measureNoteToFit, type NoteBlock } from '../pdf/noteBlock.ts';
import type { StructElement } from '../pdf/structureTree.ts';
import { documentElement, tagged } from '../pdf/tagging.ts';
import type { PrintableBoard, PrintFonts } from '../printable.ts';
import type { Rect } from '../table/geometry.ts';
import { boardDetails } from '../table/renderTable.ts';
import { claim } from '../table/tableTags.ts';
import { type ProcessCardTags, processCardTags } from './processCardTags.ts';
import { cardRect, cardsPerSheet, drawCardFrame, drawCutMarks, type SheetGrid } from './sheetGrid.ts';

export type ProcessCardOptions = { readonly card: 'A5' | 'A6' };

/** A5 cards two to a landscape A4, A6 cards four to a portrait A4, each 5 mm inside its slot. */
export function processCardGrid(card: 'A5' | 'A6'): SheetGrid {
  return card === 'A5'
    ? { sheet: landscape('A4'), columns: 2, rows: 1, inset: 5 }
    : { sheet: portrait('A4'), columns: 2, rows: 2, inset: 5 };
}

type Item = { readonly dimension: Dimension; readonly block?: NoteBlock };
/** One printed card: a phase's items that fit, and whether it continues an earlier card. */
type CardPage = { readonly phase: Phase; readonly items: readonly Item[]; readonly continued: boolean };

const PAD = 4;

function headingHeight(size: number): number {
  return lineHeight(size * 1.05) + 1.5;
}

/** The card's header (kind, phase and its prompt) measured, so the body knows where it starts. */
function headerHeight(doc: jsPDF, phase: Phase, language: Language, width: number, size: number): number {
  useFont(doc, size * 0.85);
  const prompt = wrap(doc, phase.prompt[language], width);
  return lineHeight(size * 0.8) + lineHeight(size * 1.5) + prompt.length * lineHeight(size * 0.85) + 3;
}

/** Splits a phase's notes over as many cards as needed, never cutting a note. */
function paginatePhase(doc: jsPDF, board: PrintableBoard, phase: Phase, card: Rect, size: number): CardPage[] {
  const labels = labelsFor(board.language);
  const width = card.width - 2 * PAD;
  const body = card.height - 2 * PAD - headerHeight(doc, phase, board.language, width, size) - lineHeight(size * 0.8);
  const pages: CardPage[] = [];
  let items: Item[] = [];
  let used = 0;
  const flush = () => {
    pages.push({ phase, items, continued: pages.length > 0 });
    items = [];
    used = 0;
  };
  for (const dimension of DIMENSIONS) {
    const notes = board.cells[cellId(phase.id, dimension.id)] ?? [];
    if (used + headingHeight(size) > body) flush();
    items.push({ dimension });
    used += headingHeight(size);
    for (const note of notes) {
      const block = measureNoteToFit(doc, note, labels, size, width, body - headingHeight(size));
      if (used + block.height > body) {
        flush();
        items.push({ dimension }); // the dimension's heading again on the new card
        used = headingHeight(size);
      }
      items.push({ dimension, block });
      used += block.height + 1.2;
    }
  }
  flush();
  return pages;
}

function drawCard(
  doc: jsPDF,
  board: PrintableBoard,
  labels: PrintLabels,
  page: CardPage,
  card: Rect,
  size: number,
  allTags: ProcessCardTags,
): void {
  const tags = allTags.phases.get(page.phase.id)!;
  const once = (element: StructElement) => claim(allTags, element);
  const x = card.x + PAD;
  const width = card.width - 2 * PAD;
  let y = card.y + PAD;
  useFont(doc, size * 0.8, 'normal', 80);
  const kindText = `${labels.processCard} · ${board.title}`;
  const kind = fitLine(doc, kindText, width);
  tagged(doc, once(tags.card), () => doc.text(kind, x, y, { baseline: 'top' }), kindText);
  y += lineHeight(size * 0.8);
  const number = PHASES.indexOf(page.phase) + 1;
  useFont(doc, size * 1.5, 'bold');
  const continued = page.continued ? ` (${labels.continued})` : '';
  const headingText = `${number}. ${page.phase.name[board.language]}${continued}`;
  const heading = fitLine(doc, headingText, width);
  tagged(doc, once(tags.heading), () => doc.text(heading, x, y, { baseline: 'top' }), headingText);
  y += lineHeight(size * 1.5);
  useFont(doc, size * 0.85, 'normal', 60);
  const prompt = wrap(doc, page.phase.prompt[board.language], width);
  const promptTop = y;
  const promptText = page.phase.prompt[board.language];
  tagged(doc, once(tags.prompt), () => drawLines(doc, prompt, x, promptTop, size * 0.85), promptText);
  y += prompt.length * lineHeight(size * 0.85) + 3;
  for (const item of page.items) {
    const top = y;
    if (item.block) {
      const element = allTags.notes.get(item.block.note);
      drawNote(doc, item.block, x, top, element && once(element));
      y += item.block.height + 1.2;
    } else {
      useFont(doc, size * 1.05, 'bold');
      const nameText = item.dimension.name[board.language];
      const name = fitLine(doc, nameText, width);
      const element = tags.dimensions.get(item.dimension.id);
      tagged(doc, element && once(element), () => doc.text(name, x, top, { baseline: 'top' }), nameText);
      y += headingHeight(size);
    }
  }
  useFont(doc, size * 0.8, 'normal', 80);
  const detailsText = boardDetails(board, labels);
  const details = fitLine(doc, detailsText, width);
  const bottom = card.y + card.height - PAD;
  tagged(doc, once(tags.details), () => doc.text(details, x, bottom, { baseline: 'bottom' }), detailsText);
}

/** The largest type in the card's range at which each phase fits one card, or the smallest. */
function chooseSize(doc: jsPDF, board: PrintableBoard, card: Rect, range: readonly [number, number]): number {
  for (let size = range[1]; size > range[0]; size -= 0.5) {
    if (PHASES.every((phase) => paginatePhase(doc, board, phase, card, size).length === 1)) return size;
  }
  return range[0];
}

/** One card per phase ("asiakasprosessikortti") with its three dimensions' notes, cut marks on A4. */
export function renderProcessCards(board: PrintableBoard, options: ProcessCardOptions, fonts: PrintFonts): Uint8Array {
  const labels = labelsFor(board.language);
  const grid = processCardGrid(options.card);
  const doc = createDocument(fonts, grid.sheet, `${board.title} – ${labels.processCard}`, board.language);
  const first = cardRect(grid, 0);
  const size = chooseSize(doc, board, first, options.card === 'A5' ? [7, 11] : [6, 9]);
  const pages = PHASES.flatMap((phase) => paginatePhase(doc, board, phase, first, size));
  const tags = processCardTags(documentElement(doc), board);
  pages.forEach((page, i) => {
    const slot = i % cardsPerSheet(grid);
    if (i > 0 && slot === 0) addPage(doc, grid.sheet);
    const card = cardRect(grid, slot);
    drawCardFrame(doc, card);
    drawCutMarks(doc, card);
    drawCard(doc, board, labels, page, card, size, tags);
  });
  return toBytes(doc);
}
