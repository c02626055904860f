import { type Language, PHASES } from '@avaa/board-model';
import type { jsPDF } from 'jspdf';
import type { PrintLabels } from '../labels.ts';
import { HEADER_FILL, RULE } from '../pdf/colours.ts';
import { fitLine, useFont } from '../pdf/document.ts';
import type { StructElement } from '../pdf/structureTree.ts';
import { artifact } from '../pdf/tagging.ts';
import { fitText } from '../table/frame.ts';
import { inset, type Rect } from '../table/geometry.ts';

/** The phases' headers, numbered, over the columns; each is content of its element or an artifact. */
export function drawPhaseHeaders(
  doc: jsPDF,
  columns: readonly Rect[],
  language: Language,
  scale: number,
  elements: readonly (StructElement | undefined)[] = [],
): void {
  PHASES.forEach((phase, i) => {
    const rect = columns[i]!;
    artifact(doc, () => {
      doc.setFillColor(...HEADER_FILL);
      doc.setDrawColor(...RULE);
      doc.setLineWidth(0.3 * scale);
      doc.rect(rect.x, rect.y, rect.width, rect.height, 'FD');
    });
    fitText(doc, elements[i], `${i + 1}. ${phase.name[language]}`, inset(rect, 1.5 * scale), 8 * scale, 'bold');
  });
}

/** "Palvelupolku · Avaa" and "Sivu n/N" on every page, drawn once all pages exist. */
export function drawFooters(doc: jsPDF, what: string, labels: PrintLabels, margin: number, scale: number): void {
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    const { width, height } = pageSize(doc);
    const y = height - margin - 3 * scale;
    artifact(doc, () => {
      useFont(doc, 7 * scale, 'normal', 60);
      doc.text(fitLine(doc, `${what} · Avaa`, width / 2), margin, y, { baseline: 'top' });
      useFont(doc, 8 * scale, 'bold');
      doc.text(labels.page(page, pages), width - margin, y, { baseline: 'top', align: 'right' });
    });
  }
}

function pageSize(doc: jsPDF) {
  return { width: doc.internal.pageSize.getWidth(), height: doc.internal.pageSize.getHeight() };
}

/** Diagonal hatching over a skipped phase: it reads as "nothing here, on purpose" without colour. */
export function hatch(doc: jsPDF, rect: Rect, scale: number): void {
  artifact(doc, () => {
    doc.setDrawColor(190, 190, 190);
    doc.setLineWidth(0.2 * scale);
    const step = 4 * scale;
    for (let d = step; d < rect.width + rect.height; d += step) {
      const x0 = rect.x + Math.max(0, d - rect.height);
      const y0 = rect.y + Math.min(d, rect.height);
      const x1 = rect.x + Math.min(d, rect.width);
      const y1 = rect.y + Math.max(0, d - rect.width);
      doc.line(x0, y0, x1, y1);
    }
  });
}
