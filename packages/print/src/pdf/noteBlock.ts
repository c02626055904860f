import type { jsPDF } from 'jspdf';
import type { PrintLabels } from '../labels.ts';
import type { PrintableNote } from '../printable.ts';
import { noteEdge, noteFill } from './colours.ts';
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
  /** Kind and groups, then the note's text, as written: what a reader reads out (`/ActualText`). */
  readonly written: string;
};

/** What prints above a note's text: everything colour would otherwise have to say. */
export function noteMeta(note: PrintableNote, labels: PrintLabels): string {
  const parts = [
    labels.kind[note.kind],
    note.groups.map((g) => labels.groupTag(g)).join(' '),
    note.votes === undefined ? '' : labels.votes(note.votes),
    note.stacked ? labels.stacked(note.stacked) : '',
    (note.pathMarks ?? []).map((mark) => `▸${mark}`).join(' '),
  ];
  return parts.filter((part) => part !== '').join(' · ');
}

function padding(size: number): number {
  return size * PT * 0.5;
}

function metaSize(size: number): number {
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
  const height = 2 * pad + metaHeight + lines.length * lineHeight(size);
  const written = label === '' ? note.text : `${label}\n${note.text}`;
  return { note, size, width, height, meta, lines, written };
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
  });
  tagged(
    doc,
    element,
    () => {
      let top = y + pad;
      if (block.meta.length > 0) {
        useFont(doc, metaSize(size), 'bold', 40);
        drawLines(doc, block.meta, x + pad, top, metaSize(size));
        top += block.meta.length * lineHeight(metaSize(size)) + pad * 0.4;
      }
      useFont(doc, size);
      drawLines(doc, block.lines, x + pad, top, size);
    },
    block.written,
  );
}
