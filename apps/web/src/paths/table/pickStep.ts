import type { NoteId, PathView } from '@avaa/board-model';

/** What picking a note while drawing does. */
export type Pick =
  /** The note is not on the path yet: it becomes the next step. */
  | { readonly kind: 'new' }
  /** The path went through the note earlier: it comes back to it (counter to counter). */
  | { readonly kind: 'again'; readonly earlier: number }
  /** The note is already the last step: a second tap or a double click adds nothing. */
  | { readonly kind: 'last'; readonly number: number };

/**
 * Picking a note already on the path: a path that comes back to a counter is what the table
 * must show ("luukuttaminen"), so a pick of an earlier step's note adds it again; only the note
 * that is the last step now is not added twice in a row, which no route does on purpose and a
 * double click or a shaky tap would. Numbers are 1-based, as people count steps.
 */
export function pickOf(path: PathView, note: NoteId): Pick {
  const steps = path.steps;
  const last = steps.at(-1);
  if (last?.note?.shownAs === note) return { kind: 'last', number: steps.length };
  const earlier = steps.findLastIndex((step) => step.note?.shownAs === note);
  return earlier < 0 ? { kind: 'new' } : { kind: 'again', earlier: earlier + 1 };
}
