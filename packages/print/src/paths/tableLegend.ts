import { PHASE_IDS, PHASES } from '@avaa/board-model';
import type { jsPDF } from 'jspdf';
import { landscape, type PaperName, paperScale } from '../paper.ts';
import { pathRgb } from '../pdf/colours.ts';
import { addPage, drawLines, lineHeight, useFont, wrap } from '../pdf/document.ts';
import { addElement, type StructElement } from '../pdf/structureTree.ts';
import { artifact, documentElement, tagged } from '../pdf/tagging.ts';
import type { PathMark, PrintableBoard, PrintableNote } from '../printable.ts';
import { flow } from '../table/flow.ts';
import { drawNoPaths } from './noPaths.ts';
import { pathLabelsFor, RISK_SYMBOL } from './pathLabels.ts';
import type { PrintablePath } from './printablePaths.ts';

/** "B3": path B, step 3, as a mark on the note the step uses (as the table's markers on the board). */
export function markOf(path: string, step: number): string {
  return `${path}${step}`;
}

/** The board with each note the paths use marked with its paths' steps ("▸A2 ▸C1"), printed with its meta. */
export function withPathMarks(board: PrintableBoard): PrintableBoard {
  const marks = new Map<string, PathMark[]>();
  for (const path of board.paths ?? []) {
    for (const step of path.steps) {
      if (step.noteId === null) continue;
      const mark = { label: markOf(path.label, step.number), colour: path.colour };
      marks.set(step.noteId, [...(marks.get(step.noteId) ?? []), mark]);
    }
  }
  const cells: Partial<Record<keyof PrintableBoard['cells'], readonly PrintableNote[]>> = {};
  for (const [cell, notes] of Object.entries(board.cells) as [keyof PrintableBoard['cells'], PrintableNote[]][]) {
    cells[cell] = notes.map((note) => {
      const own = marks.get(note.id);
      return own ? { ...note, pathMarks: own } : note;
    });
  }
  return { ...board, cells };
}

export type LegendLine = { readonly text: string; readonly bold: boolean; readonly colour?: PrintablePath['colour'] };
export type LegendItem = {
  readonly lines: readonly string[];
  readonly line: LegendLine;
  readonly height: number;
  readonly element: StructElement;
};

/** Each path's heading and steps, wrapped to `width`: the PDF's legend and the image's. */
export function legendItems(
  doc: jsPDF,
  board: PrintableBoard,
  parent: StructElement,
  width: number,
  size: number,
): LegendItem[] {
  const labels = pathLabelsFor(board.language);
  const items: LegendItem[] = [];
  const add = (line: LegendLine, element: StructElement) => {
    useFont(doc, size, line.bold ? 'bold' : 'normal');
    const lines = wrap(doc, line.text, width - (line.colour ? 2 * size * 0.35 : 0));
    items.push({ lines, line, element, height: lines.length * lineHeight(size) + (line.bold ? size * 0.3 : 0) });
  };
  for (const path of board.paths ?? []) {
    const sect = addElement(parent, 'Sect');
    add({ text: `${labels.path(path.label)}: ${path.name}`, bold: true, colour: path.colour }, addElement(sect, 'H2'));
    const list = addElement(sect, 'L');
    for (const step of path.steps) {
      const phase = PHASES[PHASE_IDS.indexOf(step.phase)]!.name[board.language];
      const parts = [
        `${markOf(path.label, step.number)} ${phase}: ${step.text}`,
        step.missingService ? `(${labels.missingService})` : '',
        step.risk
          ? `${RISK_SYMBOL} ${labels.risk(step.risk.kind)}${step.risk.reason ? ` – ${step.risk.reason}` : ''}`
          : '',
      ];
      add({ text: parts.filter((p) => p !== '').join(' '), bold: false }, addElement(addElement(list, 'LI'), 'LBody'));
    }
  }
  return items;
}

/**
 * The legend after a table with paths: what "2.3" means, then each path with its steps in
 * order, in three columns over as many pages as it takes.
 */
export function drawPathLegend(doc: jsPDF, board: PrintableBoard, paper: PaperName): void {
  const labels = pathLabelsFor(board.language);
  const page = landscape(paper);
  const scale = paperScale(paper);
  const margin = 10 * scale;
  const width = page.width - 2 * margin;
  addPage(doc, page);
  const first = doc.getNumberOfPages();
  const sect = addElement(documentElement(doc), 'Sect');
  useFont(doc, 13 * scale, 'bold');
  const heading = `${labels.paths} – ${board.title}`;
  tagged(doc, addElement(sect, 'H1'), () => doc.text(heading, margin, margin, { baseline: 'top' }), heading);
  let top = margin + lineHeight(13 * scale) + 2 * scale;
  if ((board.paths ?? []).length === 0) {
    drawNoPaths(doc, labels, sect, margin, top, width, scale);
    drawLegendFooters(doc, labels.paths, first, margin, scale);
    return;
  }
  useFont(doc, 9 * scale);
  tagged(
    doc,
    addElement(sect, 'P'),
    () => doc.text(labels.markerKey, margin, top, { baseline: 'top' }),
    labels.markerKey,
  );
  top += lineHeight(9 * scale) + 3 * scale;
  const gap = 5 * scale;
  const columnWidth = (width - 2 * gap) / 3;
  const size = 8 * scale;
  const items = legendItems(doc, board, sect, columnWidth, size);
  const bottom = page.height - margin - 8 * scale;
  const placed = flow(items, 3, bottom - top, 0.8 * scale);
  let current = 0;
  for (const { item, page: p, column, y } of placed) {
    while (current < p) {
      addPage(doc, page);
      current++;
      top = margin;
    }
    const x = margin + column * (columnWidth + gap);
    if (item.line.colour) {
      const colour = pathRgb(item.line.colour);
      artifact(doc, () => {
        doc.setFillColor(...colour);
        doc.rect(x, top + y, size * 0.35, item.height - size * 0.3, 'F');
      });
    }
    const indent = item.line.colour ? 2 * size * 0.35 : 0;
    useFont(doc, size, item.line.bold ? 'bold' : 'normal');
    tagged(doc, item.element, () => drawLines(doc, item.lines, x + indent, top + y, size), item.line.text);
  }
  drawLegendFooters(doc, labels.paths, first, margin, scale);
}

/** The legend's pages say what they are at the foot, as the table's pages do. */
function drawLegendFooters(doc: jsPDF, what: string, first: number, margin: number, scale: number): void {
  for (let page = first; page <= doc.getNumberOfPages(); page++) {
    doc.setPage(page);
    const y = doc.internal.pageSize.getHeight() - margin - 3 * scale;
    artifact(doc, () => {
      useFont(doc, 7 * scale, 'normal', 60);
      doc.text(`${what} · Avaa`, margin, y, { baseline: 'top' });
    });
  }
}
