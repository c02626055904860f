import { type BoardRef, isPersonId, type PersonId } from '@avaa/protocol';
import type * as Y from 'yjs';
import { type NoteView, notesByCell } from '../schema.ts';
import { isRevealed } from './revealed.ts';

/**
 * How many unrevealed notes each person has written privately, per board: the server counts
 * (it alone reads every private room) and publishes into the workshop document, which everyone
 * reads, so others see "Aino: 4" and never a word of the notes.
 *
 *   privateCounts: Y.Map<'<board>/<person>', number>   `<board>`: 'plenary' or 'group/<n>'
 */
export const PRIVATE_COUNTS_ROOT = 'privateCounts';

export type PrivateCount = { readonly person: PersonId; readonly count: number };

export function privateCountsMap(workshopDoc: Y.Doc): Y.Map<unknown> {
  return workshopDoc.getMap(PRIVATE_COUNTS_ROOT);
}

export function boardKey(board: BoardRef): string {
  return board.kind === 'plenary' ? 'plenary' : `group/${board.group}`;
}

/** The notes of a private document still waiting for the reveal, in table order. */
export function unrevealedNotes(privateDoc: Y.Doc): NoteView[] {
  return [...notesByCell(privateDoc).values()].flat().filter((note) => !isRevealed(privateDoc, note.id));
}

/** Writes a person's count if it changed (the server's own change); true when it wrote. */
export function publishPrivateCount(workshopDoc: Y.Doc, board: BoardRef, person: PersonId, count: number): boolean {
  const key = `${boardKey(board)}/${person}`;
  const map = privateCountsMap(workshopDoc);
  if ((map.get(key) ?? 0) === count) return false;
  if (count === 0) map.delete(key);
  else map.set(key, count);
  return true;
}

/** Each person's count of unrevealed notes on this board (only those with some), by person id. */
export function readPrivateCounts(workshopDoc: Y.Doc, board: BoardRef): PrivateCount[] {
  const prefix = `${boardKey(board)}/`;
  const counts: PrivateCount[] = [];
  privateCountsMap(workshopDoc).forEach((value, key) => {
    const person = key.startsWith(prefix) ? key.slice(prefix.length) : undefined;
    if (!isPersonId(person) || typeof value !== 'number' || !Number.isInteger(value) || value <= 0) return;
    counts.push({ person, count: value });
  });
  return counts.sort((a, b) => (a.person < b.person ? -1 : 1));
}
