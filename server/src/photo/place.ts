import { specKey } from '@avaa/print/markers';
import type { PhotoPlace } from '@avaa/protocol';
import type { FoundSheet } from './markers.ts';
import type { SegmentedNote } from './notes.ts';

/**
 * Where a note lies on the printed table, the same whichever photo or poster sheet shows it: its
 * printout, and its centre from its cell's top-left corner with its side, in the printout's mm
 * (a poster sheet's cell rectangle is the whole cell, running off the sheet). Two photos of one
 * wall, or of neighbouring poster sheets, show one paper note at one place.
 */
export function notePlace(note: SegmentedNote, sheets: readonly FoundSheet[]): PhotoPlace | undefined {
  const sheet = sheets[note.sheet];
  const rect = sheet?.layout.cells.find((c) => c.cell === note.cell)?.rect;
  if (!sheet || !rect || note.cornersMm.length !== 4) return undefined;
  const [a, b, c, d] = note.cornersMm as [PhotoPlace, PhotoPlace, PhotoPlace, PhotoPlace];
  const side = (Math.hypot(b.x - a.x, b.y - a.y) + Math.hypot(c.x - b.x, c.y - b.y)) / 2;
  const x = (a.x + b.x + c.x + d.x) / 4 - rect.x;
  const y = (a.y + b.y + c.y + d.y) / 4 - rect.y;
  const mm = (value: number) => Math.round(value * 10) / 10;
  return { printout: specKey(sheet.spec), x: mm(x), y: mm(y), side: mm(side) };
}
