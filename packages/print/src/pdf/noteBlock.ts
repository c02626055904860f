import type { jsPDF } from 'jspdf';
import type { PrintLabels } from '../labels.ts';
import type { PathMark, PrintableNote } from '../printable.ts';
import { noteEdge, noteFill, pathRgb } from './colours.ts';
import { drawLines, lineHeight, PT, useFont, wrap } from './document.ts';
import type { StructElement } from './structureTree.ts';
import { artifact, tagged } from './tagging.ts';

/** A note measured for one width and type size: what the layouts place and the pages draw. */
export type NoteBlock = {
  readonly note: PrintableNote;
  readonly size: number;
  readonly width: number;
  readonly height: number;
  /** Kind, groups, votes and stack in bold ("PUUTE · R2 R3 · 4 pistettä"), wrapped; may be empty. */
  readonly meta: readonly string[];
  readonly lines: readonly string[];
  /** The paths' marks as chips, row by row: (x, row) from the note's inner left. */
  readonly marks: readonly {
    readonly mark: PathMark;
    readonly x: number;
    readonly row: number;
    readonly width: number;
  }[];
  /** Path marks, kind and groups, then the note's text, as written: what a reader reads out (`/ActualText`). */
  readonly written: string;
  /** The note's image as drawn above its text (width and height on the page), when it has one. */
  readonly image?: { readonly width: number; readonly height: number };
};

/** A note's image spans the note's inner width, at most this share of it high (a tall photo is narrowed). */
const MAX_IMAGE_ASPECT = 0.75;

function imageSize(note: PrintableNote, innerWidth: number): { width: number; height: number } | undefined {
  const image = note.image;
  if (!image || image.width <= 0 || image.height <= 0) return undefined;
  const height = Math.min((innerWidth * image.height) / image.width, innerWidth * MAX_IMAGE_ASPECT);
  return { width: (height * image.width) / image.height, height };
}

/** What prints above a note's text: everything colour would otherwise have to say. */
export function noteMeta(note: PrintableNote, labels: PrintLabels): string {
  const parts = [
    labels.kind[note.kind],
    note.groups.map((g) => labels.groupTag(g)).join(' '),
    note.votes === undefined ? '' : labels.votes(note.votes),
    note.stacked ? labels.stacked(note.stacked) : '',
  ];
  return parts.filter((part) => part !== '').join(' · ');
}

/** A path mark reads "▸A2": the arrow says "a step of a path" in any language. */
export const MARK = '▸';

export function markRow(size: number): number {
  return lineHeight(metaSize(size)) + padding(size) * 0.4;
}

/** The marks as chips left to right, wrapping onto further rows within `width`. */
function layoutMarks(doc: jsPDF, marks: readonly PathMark[], size: number, width: number): NoteBlock['marks'] {
  useFont(doc, metaSize(size), 'bold');
  const gap = padding(size) * 0.6;
  const placed: { mark: PathMark; x: number; row: number; width: number }[] = [];
  let x = 0;
  let row = 0;
  for (const mark of marks) {
    const chip = doc.getTextWidth(`${MARK}${mark.label}`) + 2 * gap;
    if (x > 0 && x + chip > width) {
      row++;
      x = 0;
    }
    placed.push({ mark, x, row, width: chip });
    x += chip + gap;
  }
  return placed;
}

export function padding(size: number): number {
  return size * PT * 0.5;
}

export function metaSize(size: number): number {
  return size * 0.8;
}

export function measureNote(
  doc: jsPDF,
  note: PrintableNote,
  labels: PrintLabels,
  size: number,
  width: number,
): NoteBlock {
  const pad = padding(size);
  const label = noteMeta(note, labels);
  useFont(doc, metaSize(size), 'bold');
  const meta = label === '' ? [] : wrap(doc, label, width - 2 * pad);
  useFont(doc, size);
  const lines = wrap(doc, note.text, width - 2 * pad);
  const metaHeight = meta.length === 0 ? 0 : meta.length * lineHeight(metaSize(size)) + pad * 0.4;
  const marks = layoutMarks(doc, note.pathMarks ?? [], size, width - 2 * pad);
  const rows = marks.length === 0 ? 0 : marks[marks.length - 1]!.row + 1;
  const image = imageSize(note, width - 2 * pad);
  const imageHeight = image ? image.height + pad * 0.4 : 0;
  const height = 2 * pad + rows * markRow(size) + metaHeight + imageHeight + lines.length * lineHeight(size);
  const marked = marks.map(({ mark }) => `${MARK}${mark.label}`).join(' ');
  const written = [marked, label, note.text].filter((part) => part !== '').join('\n');
  return { note, size, width, height, meta, lines, written, marks, ...(image ? { image } : {}) };
}

/**
 * The note measured at the largest size up to `size` that fits `maxHeight`: a long note in a
 * small cell gets smaller type rather than being cut. Below 4 pt it is not shrunk further.
 */
export function measureNoteToFit(
  doc: jsPDF,
  note: PrintableNote,
  labels: PrintLabels,
  size: number,
  width: number,
  maxHeight: number,
): NoteBlock {
  let block = measureNote(doc, note, labels, size, width);
  for (let s = size - 0.5; block.height > maxHeight && s >= 4; s -= 0.5) {
    block = measureNote(doc, note, labels, s, width);
  }
  return block;
}

/**
 * Draws a measured note with its top-left corner at (x, y): its words as content of `element`
 * (the note's list item), its frame as an artifact; without `element` all of it is an artifact.
 */
export function drawNote(doc: jsPDF, block: NoteBlock, x: number, y: number, element?: StructElement): void {
  const { note, size } = block;
  const pad = padding(size);
  artifact(doc, () => {
    doc.setFillColor(...noteFill(note.colour));
    doc.setDrawColor(...noteEdge(note.colour));
    // A gap is framed with a heavy dashed line, an idea with a heavy solid one: both survive
    // greyscale printing next to the thin frame of an ordinary note.
    const heavy = note.kind !== 'note';
    doc.setLineWidth(size * PT * (heavy ? 0.16 : 0.06));
    if (note.kind === 'gap') doc.setLineDashPattern([size * PT * 0.5, size * PT * 0.3], 0);
    doc.rect(x, y, block.width, block.height, 'FD');
    doc.setLineDashPattern([], 0);
    // The image is decoration beside the words (a screen reader reads the note's text).
    if (block.image && note.image) {
      const { data, format } = note.image;
      doc.addImage(data, format, x + pad, imageTop(block, y), block.image.width, block.image.height);
    }
  });
  tagged(
    doc,
    element,
    () => {
      let top = y + pad;
      for (const chip of block.marks) {
        const chipTop = top + chip.row * markRow(size);
        doc.setFillColor(...pathRgb(chip.mark.colour));
        doc.rect(x + pad + chip.x, chipTop, chip.width, lineHeight(metaSize(size)), 'F');
        useFont(doc, metaSize(size), 'bold', 255);
        doc.text(`${MARK}${chip.mark.label}`, x + pad + chip.x + chip.width / 2, chipTop, {
          baseline: 'top',
          align: 'center',
        });
      }
      if (block.marks.length > 0) top += (block.marks[block.marks.length - 1]!.row + 1) * markRow(size);
      if (block.meta.length > 0) {
        useFont(doc, metaSize(size), 'bold', 40);
        drawLines(doc, block.meta, x + pad, top, metaSize(size));
        top += block.meta.length * lineHeight(metaSize(size)) + pad * 0.4;
      }
      if (block.image) top += block.image.height + pad * 0.4;
      useFont(doc, size);
      drawLines(doc, block.lines, x + pad, top, size);
    },
    block.written,
  );
}

/** Where a note's image starts: below its path marks and its meta line. */
function imageTop(block: NoteBlock, y: number): number {
  const pad = padding(block.size);
  const rows = block.marks.length === 0 ? 0 : block.marks[block.marks.length - 1]!.row + 1;
  const meta = block.meta.length === 0 ? 0 : block.meta.length * lineHeight(metaSize(block.size)) + pad * 0.4;
  return y + pad + rows * markRow(block.size) + meta;
}
