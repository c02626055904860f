import type { jsPDF } from 'jspdf';
import { pathRgb } from '../pdf/colours.ts';
import { drawLines, fitLine, lineHeight, PT, useFont, wrap } from '../pdf/document.ts';
import type { StructElement } from '../pdf/structureTree.ts';
import { artifact, tagged } from '../pdf/tagging.ts';
import { type PathLabels, RISK_SYMBOL } from './pathLabels.ts';
import type { PrintableStep } from './printablePaths.ts';

export { pathRgb };

type Rgb = readonly [number, number, number];

/** A step measured for one width and size. */
export type StepCard = {
  readonly step: PrintableStep;
  readonly size: number;
  readonly width: number;
  readonly height: number;
  readonly head: string;
  readonly lines: readonly string[];
  readonly comment: readonly string[];
  readonly risk: readonly string[];
  /** What a reader reads: the step's number, phase, text, missing service and risk, whole. */
  readonly written: string;
};

export type CardStyle = {
  readonly size: number;
  readonly width: number;
  /** Lines of the text at most (the lanes shorten with "…"; the sheet prints all). */
  readonly maxLines?: number;
};

const pad = (size: number) => size * PT * 0.5;
const small = (size: number) => size * 0.85;
/** The heavy bar down a risky step's left edge, and the room it takes. */
const riskBar = (size: number) => size * PT * 0.35;
/** The number badge's side. */
const badge = (size: number) => lineHeight(size) * 1.05;

function capped(doc: jsPDF, lines: string[], max: number | undefined, width: number): string[] {
  if (max === undefined || lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = fitLine(doc, `${kept[max - 1]!.replace(/-$/, '')}…`, width);
  return kept;
}

/** "Riski: luukuttaminen – jonotus kestää kuukausia". */
function riskText(step: PrintableStep, labels: PathLabels): string {
  if (!step.risk) return '';
  return step.risk.reason === '' ? labels.risk(step.risk.kind) : `${labels.risk(step.risk.kind)} – ${step.risk.reason}`;
}

export function measureStep(
  doc: jsPDF,
  step: PrintableStep,
  total: number,
  phaseName: string,
  labels: PathLabels,
  style: CardStyle,
): StepCard {
  const { size, width, maxLines } = style;
  const inner = width - 2 * pad(size) - (step.risk ? riskBar(size) : 0);
  const head = step.missingService ? labels.missingService : '';
  useFont(doc, size);
  const lines = capped(doc, step.text === '' ? [] : wrap(doc, step.text, inner), maxLines, inner);
  useFont(doc, small(size), 'normal', 60);
  const comment = capped(doc, step.comment === '' ? [] : wrap(doc, step.comment, inner), maxLines, inner);
  useFont(doc, small(size), 'bold');
  const risk = step.risk
    ? capped(doc, wrap(doc, `${RISK_SYMBOL} ${riskText(step, labels)}`, inner), maxLines, inner)
    : [];
  const height =
    2 * pad(size) +
    badge(size) +
    pad(size) * 0.4 +
    lines.length * lineHeight(size) +
    (comment.length + risk.length) * lineHeight(small(size)) +
    (risk.length > 0 ? pad(size) : 0);
  const written = [
    `${labels.step(step.number, total)}, ${phaseName}: ${step.text}`,
    step.missingService ? labels.missingService : '',
    step.comment,
    riskText(step, labels),
  ]
    .filter((part) => part !== '')
    .join('. ');
  return { step, size, width, height, head, lines, comment, risk, written };
}

/** The card's frame: a missing service heavy and dashed on white, a service thin on the path's tint. */
function drawFrame(doc: jsPDF, card: StepCard, x: number, y: number, colour: Rgb): void {
  const { size } = card;
  artifact(doc, () => {
    if (card.step.missingService) {
      doc.setFillColor(255, 255, 255);
      doc.setDrawColor(0, 0, 0);
      doc.setLineWidth(size * PT * 0.14);
      doc.setLineDashPattern([size * PT * 0.6, size * PT * 0.35], 0);
    } else {
      doc.setFillColor(248, 248, 248);
      doc.setDrawColor(...colour);
      doc.setLineWidth(size * PT * 0.07);
    }
    doc.rect(x, y, card.width, card.height, 'FD');
    doc.setLineDashPattern([], 0);
    // A risk also gets a heavy bar down the left edge: seen across the room and in greyscale.
    if (card.step.risk) {
      doc.setFillColor(0, 0, 0);
      doc.rect(x, y, riskBar(size), card.height, 'F');
    }
  });
}

/** Draws a measured card with its top-left at (x, y), its words as content of `element`. */
export function drawStep(doc: jsPDF, card: StepCard, x: number, y: number, colour: Rgb, element?: StructElement) {
  const { size } = card;
  const p = pad(size);
  const side = badge(size);
  drawFrame(doc, card, x, y, colour);
  tagged(
    doc,
    element,
    () => {
      const left = x + p + (card.step.risk ? riskBar(size) : 0);
      // The step's number in a filled badge: the order reads without the line that joins the cards.
      doc.setFillColor(...colour);
      doc.rect(left, y + p, side * 1.4, side, 'F');
      useFont(doc, small(size), 'bold', 255);
      doc.text(String(card.step.number), left + side * 0.7, y + p + side / 2, { baseline: 'middle', align: 'center' });
      if (card.head !== '') {
        useFont(doc, small(size), 'bold');
        doc.text(fitLine(doc, card.head, card.width - side * 1.4 - 3 * p), left + side * 1.4 + p, y + p + side / 2, {
          baseline: 'middle',
        });
      }
      let top = y + p + side + p * 0.4;
      useFont(doc, size);
      drawLines(doc, card.lines, left, top, size);
      top += card.lines.length * lineHeight(size);
      useFont(doc, small(size), 'normal', 60);
      drawLines(doc, card.comment, left, top, small(size));
      top += card.comment.length * lineHeight(small(size));
      if (card.risk.length > 0) {
        useFont(doc, small(size), 'bold');
        drawLines(doc, card.risk, left, top + p, small(size));
      }
    },
    card.written,
  );
}
