import { AGREEMENT_SECTIONS, type AgreementSection, type Language } from '@avaa/board-model';
import type { jsPDF } from 'jspdf';
import type { PrintLabels } from '../labels.ts';
import { drawLines, lineHeight, useFont, wrap } from '../pdf/document.ts';
import { addElement, type StructElement } from '../pdf/structureTree.ts';
import { artifact, tagged } from '../pdf/tagging.ts';
import type { PrintableAgreement, PrintableAgreements } from '../printable.ts';

/** The memo's column grid on a portrait A4, in mm. */
export const MEMO = {
  margin: 18,
  width: 174,
  number: 11,
  status: 30,
  gap: 4,
  /** Type sizes in points. */
  text: 10.5,
  small: 8.5,
  question: 9,
  section: 12,
} as const;

const TEXT_WIDTH = MEMO.width - MEMO.number - MEMO.status - MEMO.gap;

/** A measured piece of the memo: drawn whole on one page, never cut. */
export type Block = {
  readonly height: number;
  /** A section's heading stays on the page of its first item. */
  readonly keepWithNext: boolean;
  readonly draw: (y: number) => void;
};

/** "Vastuu: Aino · Määräaika: 15.1.2027"; an empty owner or a missing date is left out. */
function itemDetails(item: PrintableAgreement, labels: PrintLabels): string {
  return [
    item.owner === '' ? '' : `${labels.memo.owner}: ${item.owner}`,
    item.due === null ? '' : `${labels.memo.due}: ${labels.date(item.due)}`,
  ]
    .filter((part) => part !== '')
    .join(' · ');
}

/** An item's text, details and status wrapped to their columns, and the height they take. */
type ItemLines = {
  readonly text: readonly string[];
  readonly details: readonly string[];
  readonly status: readonly string[];
  readonly height: number;
};

function itemLines(doc: jsPDF, item: PrintableAgreement, details: string, labels: PrintLabels): ItemLines {
  useFont(doc, MEMO.text);
  const text = wrap(doc, item.text, TEXT_WIDTH);
  useFont(doc, MEMO.small);
  const detailLines = details === '' ? [] : wrap(doc, details, TEXT_WIDTH);
  useFont(doc, MEMO.small, 'bold');
  const status = wrap(doc, labels.memo.status[item.status], MEMO.status);
  const textHeight = text.length * lineHeight(MEMO.text) + detailLines.length * lineHeight(MEMO.small);
  const height = Math.max(textHeight, status.length * lineHeight(MEMO.small)) + 3.5;
  return { text, details: detailLines, status, height };
}

/** The text with its details below, in the item's body. */
function drawItemText(doc: jsPDF, lines: ItemLines, y: number, body: StructElement, written: string): void {
  const x = MEMO.margin + MEMO.number;
  tagged(
    doc,
    body,
    () => {
      useFont(doc, MEMO.text);
      drawLines(doc, lines.text, x, y, MEMO.text);
      useFont(doc, MEMO.small, 'normal', 60);
      drawLines(doc, lines.details, x, y + lines.text.length * lineHeight(MEMO.text) + 0.3, MEMO.small);
    },
    written,
  );
}

/** The status in words, right-aligned in its own column, also in the item's body. */
function drawItemStatus(doc: jsPDF, lines: ItemLines, y: number, body: StructElement, said: string): void {
  useFont(doc, MEMO.small, 'bold');
  tagged(
    doc,
    body,
    () => {
      lines.status.forEach((line, i) => {
        doc.text(line, MEMO.margin + MEMO.width, y + 0.4 + i * lineHeight(MEMO.small), {
          baseline: 'top',
          align: 'right',
        });
      });
    },
    said,
  );
}

/** A hairline under the item, outside the structure. */
function drawItemRule(doc: jsPDF, y: number): void {
  artifact(doc, () => {
    doc.setDrawColor(200, 200, 200);
    doc.setLineWidth(0.2);
    doc.line(MEMO.margin + MEMO.number, y, MEMO.margin + MEMO.width, y);
  });
}

/**
 * Number, text with owner and due date below it, and the status in words in its own column; in
 * the structure a list item: the number as its label, the rest its body, read in that order.
 */
function itemBlock(
  doc: jsPDF,
  item: PrintableAgreement,
  number: string,
  labels: PrintLabels,
  list: StructElement,
): Block {
  const entry = addElement(list, 'LI');
  const label = addElement(entry, 'Lbl');
  const body = addElement(entry, 'LBody');
  const details = itemDetails(item, labels);
  const lines = itemLines(doc, item, details, labels);
  const written = [item.text, details].filter((part) => part !== '').join('\n');
  return {
    height: lines.height,
    keepWithNext: false,
    draw: (y) => {
      useFont(doc, MEMO.text, 'bold');
      tagged(doc, label, () => doc.text(number, MEMO.margin, y, { baseline: 'top' }), number);
      drawItemText(doc, lines, y, body, written);
      drawItemStatus(doc, lines, y, body, labels.memo.status[item.status]);
      drawItemRule(doc, y + lines.height - 1.6);
    },
  };
}

/** "1. Päätetään nyt" and the method's question for the section: its heading (H2) and a paragraph. */
function sectionBlock(
  doc: jsPDF,
  section: AgreementSection,
  index: number,
  language: Language,
  element: StructElement,
): Block {
  const heading = addElement(element, 'H2');
  const paragraph = addElement(element, 'P');
  useFont(doc, MEMO.section, 'bold');
  const headingText = `${index + 1}. ${section.title[language]}`;
  const title = wrap(doc, headingText, MEMO.width);
  useFont(doc, MEMO.question);
  const question = wrap(doc, section.question[language], MEMO.width - MEMO.number);
  const titleHeight = title.length * lineHeight(MEMO.section);
  return {
    height: 5 + titleHeight + question.length * lineHeight(MEMO.question) + 2.5,
    keepWithNext: true,
    draw: (y) => {
      useFont(doc, MEMO.section, 'bold');
      tagged(doc, heading, () => drawLines(doc, title, MEMO.margin, y + 5, MEMO.section), headingText);
      useFont(doc, MEMO.question, 'normal', 50);
      tagged(
        doc,
        paragraph,
        () => drawLines(doc, question, MEMO.margin + MEMO.number, y + 5 + titleHeight + 0.5, MEMO.question),
        section.question[language],
      );
    },
  };
}

function noneBlock(doc: jsPDF, labels: PrintLabels, element: StructElement): Block {
  const paragraph = addElement(element, 'P');
  return {
    height: lineHeight(MEMO.text) + 1.5,
    keepWithNext: false,
    draw: (y) => {
      useFont(doc, MEMO.text, 'normal', 60);
      tagged(doc, paragraph, () => doc.text(labels.memo.none, MEMO.margin + MEMO.number, y, { baseline: 'top' }));
    },
  };
}

/**
 * Every section in the method's order with its items numbered "2.1", "2.2"; an empty one says
 * so. Each section is a `Sect` of `root` (heading, question, list of items).
 */
export function memoBlocks(doc: jsPDF, memo: PrintableAgreements, labels: PrintLabels, root: StructElement): Block[] {
  return AGREEMENT_SECTIONS.flatMap((section, index) => {
    const element = addElement(root, 'Sect');
    const heading = sectionBlock(doc, section, index, memo.language, element);
    const items = memo.items.filter((item) => item.section === section.id);
    if (items.length === 0) return [heading, noneBlock(doc, labels, element)];
    const list = addElement(element, 'L');
    return [heading, ...items.map((item, i) => itemBlock(doc, item, `${index + 1}.${i + 1}`, labels, list))];
  });
}
