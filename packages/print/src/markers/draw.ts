import type { jsPDF } from 'jspdf';
import { artifact } from '../pdf/tagging.ts';
import { MARKER_BITS, markerBits } from './dictionary.ts';
import type { PrintedMarker, PrintoutSheet } from './layout.ts';

/** Modules per side: the code and its black border. */
const MODULES = MARKER_BITS + 2;

/**
 * One marker as vector squares: a white quiet zone one module wide (where it lies on the
 * table's content, on a poster sheet), the black square, the white bits.
 */
function drawMarker(doc: jsPDF, m: PrintedMarker): void {
  const module = m.size / MODULES;
  doc.setFillColor(255, 255, 255);
  doc.rect(m.x - module, m.y - module, m.size + 2 * module, m.size + 2 * module, 'F');
  doc.setFillColor(0, 0, 0);
  doc.rect(m.x, m.y, m.size, m.size, 'F');
  doc.setFillColor(255, 255, 255);
  markerBits(m.id).forEach((bit, i) => {
    if (bit === 1) {
      const column = i % MARKER_BITS;
      const row = Math.floor(i / MARKER_BITS);
      doc.rect(m.x + (column + 1) * module, m.y + (row + 1) * module, module, module, 'F');
    }
  });
}

/** A sheet's four corner markers, as page furniture (an artifact: not read out). */
export function drawSheetMarkers(doc: jsPDF, sheet: PrintoutSheet): void {
  artifact(doc, () => {
    for (const marker of sheet.markers) drawMarker(doc, marker);
  });
}
