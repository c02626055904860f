import {
  isOperationError,
  type NoteDots,
  type NoteId,
  type OperationError,
  type PersonDots,
  type PersonId,
} from '@avaa/board-model';
import type { ApiError } from '@avaa/protocol';

/**
 * Plain readings of the common table's votes for the screens. Pure (a document in, data out),
 * so what each screen may show is decided and tested here; the votes themselves are read by
 * the workshop client (`readVoteState`).
 */
export { readVoteState, type VoteState } from '@avaa/workshop-client';

/** How many of my dots sit on each note (several may share one note). */
export function dotsByNote(notes: readonly NoteId[]): ReadonlyMap<NoteId, number> {
  const counts = new Map<NoteId, number>();
  for (const note of notes) counts.set(note, (counts.get(note) ?? 0) + 1);
  return counts;
}

export function totalsByNote(perNote: readonly NoteDots[]): ReadonlyMap<NoteId, number> {
  return new Map(perNote.map((entry) => [entry.note, entry.dots]));
}

export type ResultRow = {
  readonly note: NoteId;
  /** Null when the note is gone from the board. */
  readonly text: string | null;
  readonly dots: number;
  /** 1-based; notes with equal dots share a rank (1, 2, 2, 4). */
  readonly rank: number;
};

/** The results list: most dots first (the domain's order), with shared ranks for ties. */
export function resultRows(perNote: readonly NoteDots[], textOf: (note: NoteId) => string | undefined): ResultRow[] {
  const rows: ResultRow[] = [];
  perNote.forEach((entry, index) => {
    const previous = rows[index - 1];
    const rank = previous && previous.dots === entry.dots ? previous.rank : index + 1;
    rows.push({ note: entry.note, text: textOf(entry.note) ?? null, dots: entry.dots, rank });
  });
  return rows;
}

export type PersonRow = { readonly person: PersonId; readonly name: string; readonly notes: readonly NoteId[] };

/** A named vote's dots by person, with names from the workshop (unknown people by their id). */
export function personRows(
  perPerson: readonly PersonDots[] | null,
  nameOf: (person: PersonId) => string | undefined,
): PersonRow[] {
  if (!perPerson) return [];
  return perPerson
    .filter((entry) => entry.notes.length > 0)
    .map((entry) => ({ person: entry.person, name: nameOf(entry.person) ?? entry.person, notes: entry.notes }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fi'));
}

/** The dictionary key telling why the server refused a dot change. */
export function refusalKey(error: ApiError | null): `error.${OperationError}` | 'vote.refused' {
  return isOperationError(error) ? `error.${error}` : 'vote.refused';
}
