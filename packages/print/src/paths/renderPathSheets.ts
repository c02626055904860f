import { PHASE_IDS, PHASES } from '@avaa/board-model';
import type { jsPDF } from 'jspdf';
import { labelsFor } from '../labels.ts';
import { landscape, type PaperName, paperScale, type Size } from '../paper.ts';
import { addPage, createDocument, drawLines, fitLine, lineHeight, toBytes, useFont, wrap } from '../pdf/document.ts';
import { addElement, type StructElement } from '../pdf/structureTree.ts';
import { artifact, documentElement, tagged } from '../pdf/tagging.ts';
import type { PrintableBoard, PrintFonts } from '../printable.ts';
import { type Flowed, flow, pagesOf } from '../table/flow.ts';
import type { Rect } from '../table/geometry.ts';
import { boardDetails } from '../table/renderTable.ts';
import { drawNoPaths } from './noPaths.ts';
import { drawFooters, drawPhaseHeaders, hatch } from './pageFrame.ts';
import { type PathLabels, pathLabelsFor } from './pathLabels.ts';
import type { PrintablePath } from './printablePaths.ts';
import { drawStep, measureStep, pathRgb, type StepCard } from './stepCard.ts';

export type PathPrintOptions = { readonly paper: 'A4' | 'A3' };

type SheetGeometry = {
  readonly page: Size;
  readonly scale: number;
  readonly margin: number;
  /** Where the phase headers start, below the path's name and description. */
  readonly top: number;
  readonly headerHeight: number;
  readonly bottom: number;
  readonly columns: readonly Rect[];
  readonly gap: number;
};

function geometry(paper: PaperName, headHeight: number): SheetGeometry {
  const page = landscape(paper);
  const scale = paperScale(paper);
  const margin = 10 * scale;
  const top = margin + headHeight;
  const headerHeight = 9 * scale;
  const bottom = page.height - margin - 7 * scale;
  const width = (page.width - 2 * margin) / PHASES.length;
  const columns = PHASES.map((_, i) => ({ x: margin + i * width, y: top, width, height: headerHeight }));
  return { page, scale, margin, top, headerHeight, bottom, columns, gap: 2 * scale };
}

/** The path's name (H1), its description and the board's details: at most a quarter of the page. */
function measureHead(doc: jsPDF, path: PrintablePath, labels: PathLabels, width: number, scale: number) {
  const title = `${labels.path(path.label)}: ${path.name}`;
  useFont(doc, 9 * scale);
  const lines = path.description === '' ? [] : wrap(doc, path.description, width);
  // A long description is shortened: the steps are what the sheet is for.
  const description = lines.length <= 4 ? lines : [...lines.slice(0, 3), fitLine(doc, `${lines[3]}…`, width)];
  const height =
    lineHeight(16 * scale) + description.length * lineHeight(9 * scale) + lineHeight(8 * scale) + 3 * scale;
  return { title, description, height };
}

type Head = ReturnType<typeof measureHead>;

function drawHead(
  doc: jsPDF,
  board: PrintableBoard,
  path: PrintablePath,
  head: Head,
  g: SheetGeometry,
  /** The path's section; none on a continuation page, where the head is a repeat (an artifact). */
  sect: StructElement | undefined,
) {
  const labels = pathLabelsFor(board.language);
  const { margin, scale } = g;
  const width = g.page.width - 2 * margin;
  useFont(doc, 16 * scale, 'bold');
  const title = fitLine(doc, head.title, width * 0.7);
  tagged(doc, sect && addElement(sect, 'H1'), () => doc.text(title, margin, margin, { baseline: 'top' }), head.title);
  const details = `${labels.sheet} · ${labels.steps(path.steps.length)} · ${boardDetails(board, labelsFor(board.language))}`;
  useFont(doc, 8 * scale, 'normal', 60);
  const shown = fitLine(doc, details, width * 0.3);
  tagged(
    doc,
    sect && addElement(sect, 'P'),
    () => doc.text(shown, g.page.width - margin, margin + 1.5 * scale, { baseline: 'top', align: 'right' }),
    details,
  );
  if (head.description.length > 0) {
    useFont(doc, 9 * scale);
    const y = margin + lineHeight(16 * scale) + scale;
    tagged(
      doc,
      sect && addElement(sect, 'P'),
      () => drawLines(doc, head.description, margin, y, 9 * scale),
      path.description,
    );
  }
  artifact(doc, () => {
    doc.setFillColor(...pathRgb(path.colour));
    doc.rect(margin, g.top - 2.5 * scale, width, 1 * scale, 'F');
  });
}

/** Each phase's cards flowed down its column, at the largest size (10 to 6 pt) that fits one page. */
function planCards(doc: jsPDF, board: PrintableBoard, path: PrintablePath, g: SheetGeometry) {
  const labels = pathLabelsFor(board.language);
  const inner = g.columns[0]!.width - 2 * g.gap;
  const room = g.bottom - g.top - g.headerHeight - 2 * g.gap;
  let placed: Flowed<StepCard>[][] = [];
  for (let size = 10 * g.scale; size >= 6 * g.scale; size -= 0.5 * g.scale) {
    const cards = path.steps.map((step) =>
      measureStep(doc, step, path.steps.length, PHASES[PHASE_IDS.indexOf(step.phase)]!.name[board.language], labels, {
        size,
        width: inner,
      }),
    );
    placed = PHASE_IDS.map((phase) =>
      flow(
        cards.filter((c) => c.step.phase === phase),
        1,
        room,
        g.gap,
      ),
    );
    if (placed.every((column) => pagesOf(column) === 1)) break;
  }
  return placed;
}

function cardRect(g: SheetGeometry, column: number, placed: Flowed<StepCard>): Rect {
  const x = g.columns[column]!.x + g.gap;
  const y = g.top + g.headerHeight + g.gap + placed.y;
  return { x, y, width: placed.item.width, height: placed.item.height };
}

/** A line through the steps in order, behind the cards: the path reads as a path. */
function drawRoute(doc: jsPDF, path: PrintablePath, rects: Map<number, Rect>, g: SheetGeometry) {
  artifact(doc, () => {
    doc.setDrawColor(...pathRgb(path.colour));
    doc.setLineWidth(0.8 * g.scale);
    let previous: Rect | undefined;
    for (const step of path.steps) {
      const rect = rects.get(step.number);
      if (rect && previous) {
        doc.line(
          previous.x + previous.width / 2,
          previous.y + previous.height / 2,
          rect.x + rect.width / 2,
          rect.y + rect.height / 2,
        );
      }
      previous = rect;
    }
  });
}

/** One path on as many pages as its steps need (one, unless a phase holds very many). */
function drawPath(doc: jsPDF, board: PrintableBoard, path: PrintablePath, paper: PaperName, first: boolean) {
  const labels = pathLabelsFor(board.language);
  const scale = paperScale(paper);
  const head = measureHead(doc, path, labels, landscape(paper).width - 20 * scale, scale);
  const g = geometry(paper, head.height);
  if (!first) addPage(doc, g.page);
  const sect = addElement(documentElement(doc), 'Sect');
  drawHead(doc, board, path, head, g, sect);
  const list = addElement(sect, 'L');
  const items = new Map(path.steps.map((step) => [step.number, addElement(addElement(list, 'LI'), 'LBody')]));
  const placed = planCards(doc, board, path, g);
  const pages = Math.max(1, ...placed.map(pagesOf));
  for (let page = 0; page < pages; page++) {
    if (page > 0) {
      addPage(doc, g.page);
      drawHead(doc, board, path, head, g, undefined);
    }
    drawPhaseHeaders(doc, g.columns, board.language, scale);
    const rects = new Map<number, Rect>();
    placed.forEach((column, i) => {
      for (const card of column) if (card.page === page) rects.set(card.item.step.number, cardRect(g, i, card));
    });
    drawRoute(doc, path, rects, g);
    placed.forEach((column, i) => {
      for (const card of column) {
        if (card.page !== page) continue;
        drawStep(
          doc,
          card.item,
          cardRect(g, i, card).x,
          cardRect(g, i, card).y,
          pathRgb(path.colour),
          items.get(card.item.step.number),
        );
      }
    });
    if (page === 0) drawSkipped(doc, board, path, g, sect);
  }
}

function drawSkipped(doc: jsPDF, board: PrintableBoard, path: PrintablePath, g: SheetGeometry, sect: StructElement) {
  const labels = pathLabelsFor(board.language);
  for (const phase of path.skippedPhases) {
    const column = g.columns[PHASE_IDS.indexOf(phase)]!;
    const body = { ...column, y: column.y + column.height, height: g.bottom - column.y - column.height };
    hatch(doc, body, g.scale);
    const text = `${labels.skipped}: ${PHASES[PHASE_IDS.indexOf(phase)]!.name[board.language]}`;
    useFont(doc, 9 * g.scale, 'bold', 40);
    const lines = wrap(doc, labels.skipped, column.width - 2 * g.gap);
    artifact(doc, () => {
      doc.setFillColor(255, 255, 255);
      doc.rect(
        body.x + g.gap,
        body.y + g.gap,
        column.width - 2 * g.gap,
        lines.length * lineHeight(9 * g.scale) + g.gap,
        'F',
      );
    });
    useFont(doc, 9 * g.scale, 'bold', 40);
    tagged(
      doc,
      addElement(sect, 'P'),
      () => drawLines(doc, lines, body.x + 1.5 * g.gap, body.y + 1.5 * g.gap, 9 * g.scale),
      text,
    );
  }
}

/** A path sheet per path: landscape, the five phases across, the steps as numbered cards in order. */
export function renderPathSheets(board: PrintableBoard, options: PathPrintOptions, fonts: PrintFonts): Uint8Array {
  const labels = pathLabelsFor(board.language);
  const page = landscape(options.paper);
  const scale = paperScale(options.paper);
  const doc = createDocument(fonts, page, `${board.title} – ${labels.paths}`, board.language);
  const paths = board.paths ?? [];
  paths.forEach((path, i) => {
    drawPath(doc, board, path, options.paper, i === 0);
  });
  if (paths.length === 0) drawEmpty(doc, board, options.paper);
  drawFooters(doc, labels.sheet, labelsFor(board.language), 10 * scale, scale);
  return toBytes(doc);
}

/** The board's title and what this is, then "no paths yet" and how to add one. */
export function drawEmpty(doc: jsPDF, board: PrintableBoard, paper: PaperName): void {
  const labels = pathLabelsFor(board.language);
  const scale = paperScale(paper);
  const margin = 10 * scale;
  const width = landscape(paper).width - 2 * margin;
  const root = documentElement(doc);
  useFont(doc, 16 * scale, 'bold');
  const title = fitLine(doc, `${board.title} – ${labels.paths}`, width);
  tagged(
    doc,
    addElement(root, 'H1'),
    () => doc.text(title, margin, margin, { baseline: 'top' }),
    `${board.title} – ${labels.paths}`,
  );
  const details = boardDetails(board, labelsFor(board.language));
  useFont(doc, 9 * scale, 'normal', 60);
  const y = margin + lineHeight(16 * scale) + scale;
  tagged(doc, addElement(root, 'P'), () => doc.text(details, margin, y, { baseline: 'top' }), details);
  drawNoPaths(doc, labels, root, margin, y + lineHeight(9 * scale) + 6 * scale, Math.min(width, 180 * scale), scale);
}
