import { type CellId, DIMENSION_IDS, dimensionOf, PHASE_IDS, parseCellId, phaseOf } from '@avaa/board-model';
import type { jsPDF } from 'jspdf';
import { labelsFor, type PrintLabels } from '../labels.ts';
import { portrait } from '../paper.ts';
import { noteEdge } from '../pdf/colours.ts';
import { addPage, createDocument, drawLines, fitLine, lineHeight, toBytes, useFont, wrap } from '../pdf/document.ts';
import { noteMeta } from '../pdf/noteBlock.ts';
import { addElement, type StructElement } from '../pdf/structureTree.ts';
import { artifact, documentElement, tagged } from '../pdf/tagging.ts';
import type { PrintableBoard, PrintableNote, PrintFonts } from '../printable.ts';
import type { Rect } from '../table/geometry.ts';
import { cardRect, cardsPerSheet, drawCardFrame, drawCutMarks, type SheetGrid } from './sheetGrid.ts';

/** Eight cards (A7, 105 x 74 mm slots) to a portrait A4: big enough to read across a table. */
export const NOTE_CARD_GRID: SheetGrid = { sheet: portrait('A4'), columns: 2, rows: 4, inset: 4 };

const PAD = 4;
const BAND = 3;

/** The largest size from 20 pt down to 7 pt at which the text fits the card's body. */
function fitBody(doc: jsPDF, text: string, width: number, height: number): { size: number; lines: string[] } {
  for (let size = 20; ; size -= 0.5) {
    useFont(doc, size);
    const lines = wrap(doc, text, width);
    if (lines.length * lineHeight(size) <= height || size <= 7) return { size, lines };
  }
}

function cellLabel(cell: CellId, board: PrintableBoard): string {
  const { phase, dimension } = parseCellId(cell);
  const language = board.language;
  return `${PHASE_IDS.indexOf(phase) + 1}. ${phaseOf(phase).name[language]} · ${DIMENSION_IDS.indexOf(dimension) + 1}. ${dimensionOf(dimension).name[language]}`;
}

/**
 * One card; in the structure a section: its cell as H1, then the kind and groups, the note's
 * text and the board it came from as paragraphs.
 */
function drawNoteCard(
  doc: jsPDF,
  board: PrintableBoard,
  labels: PrintLabels,
  cell: CellId,
  note: PrintableNote,
  card: Rect,
  section: StructElement,
): void {
  // A band of the note's colour on the left; the kind and groups are printed words as well.
  artifact(doc, () => {
    doc.setFillColor(...noteEdge(note.colour));
    doc.rect(card.x, card.y, BAND, card.height, 'F');
  });
  const x = card.x + BAND + PAD;
  const width = card.width - BAND - 2 * PAD;
  let y = card.y + PAD;
  const top = y;
  useFont(doc, 6.5, 'normal', 80);
  const labelText = cellLabel(cell, board);
  const label = fitLine(doc, labelText, width);
  tagged(doc, addElement(section, 'H1'), () => doc.text(label, x, top, { baseline: 'top' }), labelText);
  y += lineHeight(6.5) + 0.5;
  const meta = noteMeta(note, labels);
  if (meta !== '') {
    const metaTop = y;
    useFont(doc, 8, 'bold', 20);
    const line = fitLine(doc, meta, width);
    tagged(doc, addElement(section, 'P'), () => doc.text(line, x, metaTop, { baseline: 'top' }), meta);
    y += lineHeight(8) + 0.5;
  }
  const footer = lineHeight(6.5) + 1;
  const body = fitBody(doc, note.text, width, card.y + card.height - PAD - footer - y);
  useFont(doc, body.size);
  const bodyTop = y;
  tagged(doc, addElement(section, 'P'), () => drawLines(doc, body.lines, x, bodyTop, body.size), note.text);
  useFont(doc, 6.5, 'normal', 80);
  const sourceText = `${board.title} · ${board.boardLabel}`;
  const source = fitLine(doc, sourceText, width);
  const bottom = card.y + card.height - PAD;
  tagged(doc, addElement(section, 'P'), () => doc.text(source, x, bottom, { baseline: 'bottom' }), sourceText);
}

/** One note per card, in table order (row by row, cell by cell), for sorting on a table. */
export function renderNoteCards(board: PrintableBoard, fonts: PrintFonts): Uint8Array {
  const labels = labelsFor(board.language);
  const doc = createDocument(fonts, NOTE_CARD_GRID.sheet, `${board.title} – ${labels.noteCard}`, board.language);
  const notes = DIMENSION_IDS.flatMap((d) =>
    PHASE_IDS.flatMap((p) => {
      const cell: CellId = `${p}:${d}`;
      return (board.cells[cell] ?? []).map((note) => ({ cell, note }));
    }),
  );
  notes.forEach(({ cell, note }, i) => {
    const slot = i % cardsPerSheet(NOTE_CARD_GRID);
    if (i > 0 && slot === 0) addPage(doc, NOTE_CARD_GRID.sheet);
    const card = cardRect(NOTE_CARD_GRID, slot);
    drawCardFrame(doc, card);
    drawCutMarks(doc, card);
    drawNoteCard(doc, board, labels, cell, note, card, addElement(documentElement(doc), 'Sect'));
  });
  return toBytes(doc);
}
