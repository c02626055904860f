import type { jsPDF } from 'jspdf';
import { landscape, type PaperName, paperScale } from '../paper.ts';
import { addPage, drawLines, lineHeight, useFont, wrap } from '../pdf/document.ts';
import { addElement, type StructElement } from '../pdf/structureTree.ts';
import { artifact, documentElement, tagged } from '../pdf/tagging.ts';
import type { PrintableBoard } from '../printable.ts';
import { flow } from '../table/flow.ts';
import { commentWords } from './printableComments.ts';

type Item = {
  readonly lines: readonly string[];
  readonly text: string;
  readonly bold: boolean;
  readonly height: number;
  readonly element: StructElement;
};

function commentItems(doc: jsPDF, board: PrintableBoard, parent: StructElement, width: number, size: number): Item[] {
  const items: Item[] = [];
  const add = (text: string, bold: boolean, element: StructElement) => {
    useFont(doc, size, bold ? 'bold' : 'normal');
    const lines = wrap(doc, text, width);
    items.push({ lines, text, bold, element, height: lines.length * lineHeight(size) + (bold ? size * 0.3 : 0) });
  };
  for (const thread of board.comments ?? []) {
    const sect = addElement(parent, 'Sect');
    add(thread.note, true, addElement(sect, 'H2'));
    const list = addElement(sect, 'L');
    for (const comment of thread.comments) {
      add(`${comment.author}: ${comment.text}`, false, addElement(addElement(list, 'LI'), 'LBody'));
    }
  }
  return items;
}

/**
 * After the table, when asked: each note with live comments, in board order, its comments under
 * it ("Name: text"), in three columns over as many pages as it takes. Nothing when none has any.
 */
export function drawComments(doc: jsPDF, board: PrintableBoard, paper: PaperName): void {
  if ((board.comments ?? []).length === 0) return;
  const words = commentWords(board.language);
  const page = landscape(paper);
  const scale = paperScale(paper);
  const margin = 10 * scale;
  const width = page.width - 2 * margin;
  addPage(doc, page);
  const first = doc.getNumberOfPages();
  const sect = addElement(documentElement(doc), 'Sect');
  useFont(doc, 13 * scale, 'bold');
  const heading = `${words.heading} – ${board.title}`;
  tagged(doc, addElement(sect, 'H1'), () => doc.text(heading, margin, margin, { baseline: 'top' }), heading);
  const top = margin + lineHeight(13 * scale) + 4 * scale;
  const gap = 5 * scale;
  const columnWidth = (width - 2 * gap) / 3;
  const size = 8 * scale;
  const items = commentItems(doc, board, sect, columnWidth, size);
  const placed = flow(items, 3, page.height - margin - 8 * scale - top, 0.8 * scale);
  let current = 0;
  let offset = top;
  for (const { item, page: p, column, y } of placed) {
    while (current < p) {
      addPage(doc, page);
      current++;
      offset = margin;
    }
    useFont(doc, size, item.bold ? 'bold' : 'normal');
    const x = margin + column * (columnWidth + gap);
    tagged(doc, item.element, () => drawLines(doc, item.lines, x, offset + y, size), item.text);
  }
  for (let number = first; number <= doc.getNumberOfPages(); number++) {
    doc.setPage(number);
    const y = doc.internal.pageSize.getHeight() - margin - 3 * scale;
    artifact(doc, () => {
      useFont(doc, 7 * scale, 'normal', 60);
      doc.text(`${words.heading} · Avaa`, margin, y, { baseline: 'top' });
    });
  }
}
