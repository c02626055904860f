import { PHASE_IDS, PHASES } from '@avaa/board-model';
import type { jsPDF } from 'jspdf';
import { labelsFor } from '../labels.ts';
import { landscape, paperScale, type Size } from '../paper.ts';
import { RULE } from '../pdf/colours.ts';
import { addPage, createDocument, drawLines, fitLine, lineHeight, toBytes, useFont, wrap } from '../pdf/document.ts';
import { addElement, SCOPE, type StructElement } from '../pdf/structureTree.ts';
import { artifact, documentElement, tagged } from '../pdf/tagging.ts';
import type { PrintableBoard, PrintFonts } from '../printable.ts';
import { boardDetails } from '../table/renderTable.ts';
import { done, type LaneSegment, naturalHeight, takeSegment } from './lanesLayout.ts';
import { drawFooters, drawPhaseHeaders, hatch } from './pageFrame.ts';
import { type PathLabels, pathLabelsFor } from './pathLabels.ts';
import type { PrintablePath } from './printablePaths.ts';
import { drawEmpty, type PathPrintOptions } from './renderPathSheets.ts';
import { drawStep, measureStep, pathRgb, type StepCard } from './stepCard.ts';

type LaneGeometry = {
  readonly page: Size;
  readonly scale: number;
  readonly margin: number;
  readonly gridTop: number;
  readonly headerHeight: number;
  readonly labelWidth: number;
  readonly cellWidth: number;
  readonly bottom: number;
  readonly pad: number;
};

function geometry(page: Size, scale: number): LaneGeometry {
  const margin = 10 * scale;
  const labelWidth = 36 * scale;
  return {
    page,
    scale,
    margin,
    gridTop: margin + 11 * scale,
    headerHeight: 9 * scale,
    labelWidth,
    cellWidth: (page.width - 2 * margin - labelWidth) / PHASES.length,
    bottom: page.height - margin - 7 * scale,
    pad: 1.5 * scale,
  };
}

/** Where a page's rows start: below the repeated phase headers. */
const rowsTop = (g: LaneGeometry) => g.gridTop + g.headerHeight;
const cellX = (g: LaneGeometry, phase: number) => g.margin + g.labelWidth + phase * g.cellWidth;

/** The lanes' structure: a table, the phases as column headers, a row per path. */
type LaneTags = { readonly phases: StructElement[]; readonly rows: Map<PrintablePath, RowTags> };
type RowTags = {
  readonly header: StructElement;
  readonly cells: StructElement[];
  readonly steps: Map<number, StructElement>;
};

function laneTags(root: StructElement, paths: readonly PrintablePath[]): LaneTags {
  const table = addElement(root, 'Table');
  const head = addElement(table, 'TR');
  addElement(head, 'TD');
  const phases = PHASES.map(() => addElement(head, 'TH', { attributes: SCOPE.column }));
  const rows = new Map<PrintablePath, RowTags>();
  for (const path of paths) {
    const row = addElement(table, 'TR');
    const header = addElement(row, 'TH', { attributes: SCOPE.row });
    const steps = new Map<number, StructElement>();
    const cells = PHASE_IDS.map((phase) => {
      const cell = addElement(row, 'TD');
      const inPhase = path.steps.filter((step) => step.phase === phase);
      if (inPhase.length === 0) return cell;
      const list = addElement(cell, 'L');
      for (const step of inPhase) steps.set(step.number, addElement(addElement(list, 'LI'), 'LBody'));
      return cell;
    });
    rows.set(path, { header, cells, steps });
  }
  return { phases, rows };
}

/** Title band: the board's title with "Palvelupolut" (H1 once, an artifact on later pages) and its details. */
function drawTitle(doc: jsPDF, board: PrintableBoard, g: LaneGeometry, root: StructElement | undefined) {
  const labels = pathLabelsFor(board.language);
  const width = g.page.width - 2 * g.margin;
  const title = `${board.title} – ${labels.lanes}`;
  const details = boardDetails(board, labelsFor(board.language));
  useFont(doc, 13 * g.scale, 'bold');
  const shown = fitLine(doc, title, width * 0.65);
  tagged(doc, root && addElement(root, 'H1'), () => doc.text(shown, g.margin, g.margin, { baseline: 'top' }), title);
  useFont(doc, 9 * g.scale, 'normal', 60);
  const right = fitLine(doc, details, width * 0.33);
  tagged(
    doc,
    root && addElement(root, 'P'),
    () => doc.text(right, g.page.width - g.margin, g.margin + 1.5 * g.scale, { baseline: 'top', align: 'right' }),
    details,
  );
}

function pageHead(doc: jsPDF, board: PrintableBoard, g: LaneGeometry, tags: LaneTags, first: boolean) {
  drawTitle(doc, board, g, first ? documentElement(doc) : undefined);
  const columns = PHASES.map((_, i) => ({ x: cellX(g, i), y: g.gridTop, width: g.cellWidth, height: g.headerHeight }));
  drawPhaseHeaders(doc, columns, board.language, g.scale, first ? tags.phases : []);
}

/** The row's label: the path's letter and name (with its colour as a bar), and how many steps. */
function labelLines(doc: jsPDF, path: PrintablePath, labels: PathLabels, g: LaneGeometry) {
  useFont(doc, 8 * g.scale, 'bold');
  const name = wrap(doc, `${path.label}. ${path.name}`, g.labelWidth - 3 * g.pad).slice(0, 4);
  return {
    name,
    height: name.length * lineHeight(8 * g.scale) + lineHeight(7 * g.scale) + 2 * g.pad,
    steps: labels.steps(path.steps.length),
  };
}

function drawLabel(
  doc: jsPDF,
  path: PrintablePath,
  g: LaneGeometry,
  y: number,
  height: number,
  element: StructElement | undefined,
  labels: PathLabels,
) {
  const label = labelLines(doc, path, labels, g);
  artifact(doc, () => {
    doc.setFillColor(...pathRgb(path.colour));
    doc.rect(g.margin, y, g.pad, height, 'F');
  });
  const x = g.margin + 2 * g.pad;
  const written = `${labels.path(path.label)}: ${path.name}. ${label.steps}`;
  tagged(
    doc,
    element,
    () => {
      useFont(doc, 8 * g.scale, 'bold');
      drawLines(doc, label.name, x, y + g.pad, 8 * g.scale);
      useFont(doc, 7 * g.scale, 'normal', 60);
      doc.text(label.steps, x, y + g.pad + label.name.length * lineHeight(8 * g.scale), { baseline: 'top' });
    },
    written,
  );
}

function drawRules(doc: jsPDF, g: LaneGeometry, y: number, height: number) {
  artifact(doc, () => {
    doc.setDrawColor(...RULE);
    doc.setLineWidth(0.3 * g.scale);
    doc.rect(g.margin, y, g.labelWidth, height, 'S');
    for (let i = 0; i < PHASES.length; i++) doc.rect(cellX(g, i), y, g.cellWidth, height, 'S');
  });
}

type Drawing = { y: number };

function drawSegment(
  doc: jsPDF,
  path: PrintablePath,
  row: RowTags,
  segment: LaneSegment,
  g: LaneGeometry,
  labels: PathLabels,
  at: Drawing,
  opening: boolean,
) {
  const height = Math.max(segment.height + 2 * g.pad, labelLines(doc, path, labels, g).height);
  drawRules(doc, g, at.y, height);
  drawLabel(doc, path, g, at.y, height, opening ? row.header : undefined, labels);
  segment.cards.forEach((cards, phase) => {
    const x = cellX(g, phase) + g.pad;
    let y = at.y + g.pad;
    for (const card of cards) {
      drawStep(doc, card, x, y, pathRgb(path.colour), row.steps.get(card.step.number));
      y += card.height + g.pad;
    }
    if (opening && path.skippedPhases.includes(PHASE_IDS[phase]!))
      drawSkipped(doc, g, phase, at.y, height, row.cells[phase]!, labels);
  });
  at.y += height;
}

function drawSkipped(
  doc: jsPDF,
  g: LaneGeometry,
  phase: number,
  y: number,
  height: number,
  cell: StructElement,
  labels: PathLabels,
) {
  hatch(doc, { x: cellX(g, phase), y, width: g.cellWidth, height }, g.scale);
  useFont(doc, 7 * g.scale, 'bold', 40);
  const text = fitLine(doc, labels.skipped, g.cellWidth - 2 * g.pad);
  artifact(doc, () => {
    doc.setFillColor(255, 255, 255);
    doc.rect(cellX(g, phase) + g.pad, y + g.pad, doc.getTextWidth(text) + g.pad, lineHeight(7 * g.scale), 'F');
  });
  useFont(doc, 7 * g.scale, 'bold', 40);
  tagged(
    doc,
    addElement(cell, 'P'),
    () => doc.text(text, cellX(g, phase) + 1.5 * g.pad, y + g.pad, { baseline: 'top' }),
    labels.skipped,
  );
}

/** A path's lane: whole on this page or the next; a lane taller than a page continues over pages. */
function drawLane(
  doc: jsPDF,
  board: PrintableBoard,
  path: PrintablePath,
  g: LaneGeometry,
  tags: LaneTags,
  at: Drawing,
) {
  const labels = pathLabelsFor(board.language);
  const size = 6.5 * g.scale;
  const width = g.cellWidth - 2 * g.pad;
  const cells: StepCard[][] = PHASE_IDS.map((phase, i) =>
    path.steps
      .filter((step) => step.phase === phase)
      .map((step) =>
        measureStep(doc, step, path.steps.length, PHASES[i]!.name[board.language], labels, {
          size,
          width,
          maxLines: 3,
        }),
      ),
  );
  const full = g.bottom - rowsTop(g) - 2 * g.pad;
  const newPage = () => {
    addPage(doc, g.page);
    pageHead(doc, board, g, tags, false);
    at.y = rowsTop(g);
  };
  const label = labelLines(doc, path, labels, g).height;
  let from = PHASE_IDS.map(() => 0);
  let opening = true;
  while (opening || !done(cells, from)) {
    const room = g.bottom - at.y - 2 * g.pad;
    const whole = Math.max(naturalHeight(cells, from, g.pad), label - 2 * g.pad);
    if (at.y > rowsTop(g) && whole > room && (whole <= full || room < full / 4)) newPage();
    const { segment, next } = takeSegment(cells, from, g.bottom - at.y - 2 * g.pad, g.pad);
    drawSegment(doc, path, tags.rows.get(path)!, segment, g, labels, at, opening);
    from = next;
    opening = false;
    if (!done(cells, from)) newPage();
  }
}

/** The path view of all paths: a lane per path, the phases as columns, the header on every page. */
export function renderPathLanes(board: PrintableBoard, options: PathPrintOptions, fonts: PrintFonts): Uint8Array {
  const labels = pathLabelsFor(board.language);
  const page = landscape(options.paper);
  const scale = paperScale(options.paper);
  const doc = createDocument(fonts, page, `${board.title} – ${labels.paths}`, board.language);
  const paths = board.paths ?? [];
  if (paths.length === 0) {
    drawEmpty(doc, board, options.paper);
  } else {
    const g = geometry(page, scale);
    const tags = laneTags(documentElement(doc), paths);
    // The title goes before the table in reading order: move the table after the H1 and P drawTitle adds.
    const root = documentElement(doc);
    const table = root.kids.pop()!;
    pageHead(doc, board, g, tags, true);
    root.kids.push(table);
    const at: Drawing = { y: rowsTop(g) };
    for (const path of paths) drawLane(doc, board, path, g, tags, at);
  }
  drawFooters(doc, labels.lanes, labelsFor(board.language), 10 * scale, scale);
  return toBytes(doc);
}
