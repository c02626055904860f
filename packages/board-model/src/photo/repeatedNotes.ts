import type { PhotoNote } from '@avaa/protocol';

/**
 * Whether two notes of different photos are one paper note: several photos of one wall, or of
 * neighbouring poster sheets, show the notes where they overlap twice. One printout, one cell,
 * and centres nearer than half a note: two paper notes that close would lie mostly on each other.
 */
export function samePaperNote(a: PhotoNote, b: PhotoNote): boolean {
  if (!a.place || !b.place || a.cell !== b.cell || a.place.printout !== b.place.printout) return false;
  const side = Math.max(a.place.side, b.place.side);
  return Math.hypot(a.place.x - b.place.x, a.place.y - b.place.y) < side / 2;
}

/**
 * The notes of one more photo that no earlier photo showed (each key once), and how many it
 * showed again: the earlier photo's note is kept.
 */
export function newNotes(
  earlier: readonly PhotoNote[],
  answer: readonly PhotoNote[],
): { notes: PhotoNote[]; repeated: number } {
  const notes: PhotoNote[] = [];
  let repeated = 0;
  for (const note of answer) {
    if (earlier.some((known) => known.key === note.key)) continue;
    if (earlier.some((known) => samePaperNote(known, note))) repeated += 1;
    else notes.push(note);
  }
  return { notes, repeated };
}
