import type * as Y from 'yjs';
import { keyBetween, spreadKeys } from '../fractionalKey.ts';
import type { NoteId, RandomSource } from '../ids.ts';
import { notesByCell, notesInCell, notesMap } from '../schema.ts';
import type { CellId } from '../template.ts';

/** Where a note goes inside a cell: an index among the cell's other notes, or either end. */
export type Position = number | 'start' | 'end';

/**
 * A fractional key that puts a note at `position` among the cell's live notes (the note itself
 * left out). Runs inside the caller's transaction: when two neighbours share a key (a rare
 * concurrent insert) it re-keys the whole cell first, which is still a valid order for everyone.
 */
export function keyForPosition(
  doc: Y.Doc,
  cell: CellId,
  position: Position,
  moving: NoteId | undefined,
  random: RandomSource,
): string {
  const others = notesInCell(doc, cell).filter((note) => note.id !== moving);
  const index = position === 'start' ? 0 : position === 'end' ? others.length : clamp(position, others.length);
  const low = others[index - 1]?.key ?? null;
  const high = others[index]?.key ?? null;
  if (low === null || high === null || low < high) return keyBetween(low, high, random);
  const keys = spreadKeys(others.length + 1);
  others.forEach((note, i) => {
    const key = keys[i < index ? i : i + 1] as string;
    notesMap(doc).get(note.id)?.set('placement', { cell, key });
  });
  return keys[index] as string;
}

function clamp(index: number, length: number): number {
  if (!Number.isFinite(index)) return length;
  return Math.max(0, Math.min(length, Math.trunc(index)));
}

/**
 * Keys for notes appended one after another at the ends of cells (a merge, a reveal, a photo):
 * each after the cell's last live note as the board stood, then after the one before it. The
 * board is read once, not again for every note.
 */
export function cellEnds(doc: Y.Doc, random: RandomSource): (cell: CellId) => string {
  const cells = notesByCell(doc);
  const last = new Map<CellId, string | null>();
  return (cell) => {
    const low = last.has(cell) ? (last.get(cell) ?? null) : (cells.get(cell)?.at(-1)?.key ?? null);
    const key = keyBetween(low, null, random);
    last.set(cell, key);
    return key;
  };
}
