import type { jsPDF } from 'jspdf';
import { drawLines, lineHeight, useFont, wrap } from '../pdf/document.ts';
import { addElement, type StructElement } from '../pdf/structureTree.ts';
import { tagged } from '../pdf/tagging.ts';
import type { PathLabels } from './pathLabels.ts';

/**
 * A board without paths prints a page that says so and how to add one: the facilitator who
 * chose "Palvelupolut" learns what to do instead of getting an error. Returns where it ends.
 */
export function drawNoPaths(
  doc: jsPDF,
  labels: PathLabels,
  parent: StructElement,
  x: number,
  y: number,
  width: number,
  scale: number,
): number {
  const size = 11 * scale;
  useFont(doc, size, 'bold');
  const none = wrap(doc, labels.none, width);
  tagged(doc, addElement(parent, 'P'), () => drawLines(doc, none, x, y, size), labels.none);
  let top = y + none.length * lineHeight(size) + 2 * scale;
  useFont(doc, 10 * scale);
  const how = wrap(doc, labels.howToAdd, width);
  tagged(doc, addElement(parent, 'P'), () => drawLines(doc, how, x, top, 10 * scale), labels.howToAdd);
  top += how.length * lineHeight(10 * scale);
  return top;
}
