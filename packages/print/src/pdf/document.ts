import type { Language } from '@avaa/board-model';
import { jsPDF } from 'jspdf';
import { breakLines } from '../hyphenation/breakLines.ts';
import { hyphenatorFor } from '../hyphenation/hyphenatorFor.ts';
import type { Hyphenate } from '../hyphenation/softHyphen.ts';
import type { Size } from '../paper.ts';
import type { PrintFonts } from '../printable.ts';
import { startTagging } from './tagging.ts';

export const FONT = 'DejaVuSans';
/** Points to millimetres: jsPDF works in mm here, type sizes are in points. */
export const PT = 25.4 / 72;

/**
 * jsPDF accepts a TTF as a binary string (it recognises the TrueType signature) as well as
 * base64; the binary string skips an encode and a decode of ~700 kB per font and needs neither
 * `btoa` nor Node's Buffer, so the same code runs in the browser and on the server.
 */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return out;
}

/** jsPDF keeps parsed fonts per document; the binary strings are cached per byte array. */
const encoded = new WeakMap<Uint8Array, string>();

function fontFile(bytes: Uint8Array): string {
  let file = encoded.get(bytes);
  if (file === undefined) {
    file = binaryString(bytes);
    encoded.set(bytes, file);
  }
  return file;
}

/** Each document's hyphenation: the language its text is written in. */
const hyphenation = new WeakMap<jsPDF, Hyphenate>();

/**
 * A new tagged document in `language` with DejaVu Sans embedded (subset to the glyphs used) and
 * the first page open; its text is hyphenated as `language` when it wraps.
 */
export function createDocument(fonts: PrintFonts, page: Size, title: string, language: Language): jsPDF {
  const doc = new jsPDF({
    unit: 'mm',
    format: [page.width, page.height],
    orientation: page.width > page.height ? 'landscape' : 'portrait',
    compress: true,
  });
  doc.addFileToVFS(`${FONT}.ttf`, fontFile(fonts.regular));
  doc.addFont(`${FONT}.ttf`, FONT, 'normal');
  doc.addFileToVFS(`${FONT}-Bold.ttf`, fontFile(fonts.bold));
  doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
  doc.setFont(FONT, 'normal');
  doc.setProperties({ title, creator: 'Avaa' });
  doc.setLineHeightFactor(LINE_HEIGHT);
  hyphenation.set(doc, hyphenatorFor(language));
  startTagging(doc, language);
  return doc;
}

export function addPage(doc: jsPDF, page: Size): void {
  doc.addPage([page.width, page.height], page.width > page.height ? 'landscape' : 'portrait');
}

export function toBytes(doc: jsPDF): Uint8Array {
  return new Uint8Array(doc.output('arraybuffer'));
}

export const LINE_HEIGHT = 1.2;

/** Sets font, size and colour in one call: every draw says what it draws with. */
export function useFont(doc: jsPDF, size: number, style: 'normal' | 'bold' = 'normal', grey = 0): void {
  doc.setFont(FONT, style);
  doc.setFontSize(size);
  doc.setTextColor(grey, grey, grey);
}

const NO_HYPHENATION: Hyphenate = (text) => text;

/**
 * Lines of `text` wrapped to `width` mm at the current font, hyphenated in the document's
 * language: jsPDF's own `splitTextToSize` breaks long words anywhere and without a hyphen.
 */
export function wrap(doc: jsPDF, text: string, width: number): string[] {
  return breakLines(text, width, (piece) => doc.getTextWidth(piece), hyphenation.get(doc) ?? NO_HYPHENATION);
}

export function lineHeight(size: number): number {
  return size * PT * LINE_HEIGHT;
}

/** Draws lines top-down from (x, y) as their top edge. */
export function drawLines(doc: jsPDF, lines: readonly string[], x: number, y: number, size: number): void {
  lines.forEach((line, i) => {
    doc.text(line, x, y + i * lineHeight(size), { baseline: 'top' });
  });
}

/** Text shortened with an ellipsis to fit `width`: for one-line labels such as titles. */
export function fitLine(doc: jsPDF, text: string, width: number): string {
  if (doc.getTextWidth(text) <= width) return text;
  let end = text.length;
  while (end > 0 && doc.getTextWidth(`${text.slice(0, end)}…`) > width) end--;
  return `${text.slice(0, end)}…`;
}
