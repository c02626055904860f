import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { isNoteId, type NoteId } from '../ids.ts';

/**
 * Dot votes, in the document the notes are in (the common table's board document). Who placed
 * which dot is never in a document: each person's dots are kept by the server (its ballots,
 * ballots.ts), which writes only the counts here. Documented in the package README.
 *
 *   votes:       Y.Map<voteId, Y.Map { dotsPerPerson, anonymous, openedAt, closed }>   facilitator's
 *   voteTallies: Y.Map<voteId, { perNote: { [noteId]: count }, voters, upTo }>         server's
 *
 * A tally is one value, written by the server as dots change; `upTo` is how far the server's
 * ballots reached, so of two nodes writing at once the one that knows more writes again.
 * Votes from before (issue 14) held `dots: Y.Map<'<person>:<slot>', NoteId | null>` and a
 * `frozen` value; the server moves those out when the board loads (legacyDots.ts).
 */
export const MAX_DOTS_PER_PERSON = 20;

export type NoteDots = { readonly note: NoteId; readonly dots: number };
export type PersonDots = { readonly person: PersonId; readonly notes: readonly NoteId[] };

/** The counts of a vote as the server publishes them. */
export type VoteTally = {
  readonly perNote: Readonly<Record<string, number>>;
  /** How many people have at least one dot on a note. */
  readonly voters: number;
  /** The server's ballots up to this entry are counted. */
  readonly upTo: number;
};

export type VoteResults = {
  readonly id: string;
  readonly dotsPerPerson: number;
  readonly anonymous: boolean;
  readonly openedAt: number;
  readonly closed: boolean;
  /** Most dots first, ties by note id. */
  readonly perNote: readonly NoteDots[];
  readonly totalDots: number;
  readonly voters: number;
};

export function votesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('votes');
}

/** Only the server writes this root (server/src/auth/serverOwned.ts). */
export function voteTalliesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('voteTallies');
}

export function isDotsPerPerson(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= MAX_DOTS_PER_PERSON;
}

/** The vote's map when it exists and fits the schema. */
export function voteEntry(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const vote = votesMap(doc).get(id);
  return vote instanceof Y.Map && isDotsPerPerson(vote.get('dotsPerPerson')) ? vote : undefined;
}

/** The published tally of a vote; an empty one before the server wrote any. */
export function readTally(doc: Y.Doc, id: string): VoteTally {
  const value = voteTalliesMap(doc).get(id);
  if (typeof value !== 'object' || value === null) return legacyTally(doc, id);
  const { perNote, voters, upTo } = value as Record<string, unknown>;
  return {
    perNote: countsOf(perNote),
    voters: Number.isSafeInteger(voters) ? (voters as number) : 0,
    upTo: Number.isSafeInteger(upTo) ? (upTo as number) : 0,
  };
}

/** A vote closed before tallies existed keeps its counts in `frozen.perNote`. */
function legacyTally(doc: Y.Doc, id: string): VoteTally {
  const frozen = voteEntry(doc, id)?.get('frozen');
  const perNote = typeof frozen === 'object' && frozen !== null ? (frozen as Record<string, unknown>).perNote : {};
  return { perNote: countsOf(perNote), voters: 0, upTo: 0 };
}

function countsOf(value: unknown): Record<string, number> {
  if (typeof value !== 'object' || value === null) return {};
  const counts: Record<string, number> = {};
  for (const [note, dots] of Object.entries(value)) {
    if (isNoteId(note) && Number.isSafeInteger(dots) && (dots as number) > 0) counts[note] = dots as number;
  }
  return counts;
}

/** The server publishes a vote's counts (never who placed them). */
export function writeTally(doc: Y.Doc, id: string, tally: VoteTally): void {
  voteTalliesMap(doc).set(id, { perNote: { ...tally.perNote }, voters: tally.voters, upTo: tally.upTo });
}

/** A vote's results: the published counts (frozen by closing); undefined if unknown. */
export function voteResults(doc: Y.Doc, id: string): VoteResults | undefined {
  const vote = voteEntry(doc, id);
  if (!vote) return undefined;
  const tally = readTally(doc, id);
  const perNote = Object.entries(tally.perNote)
    .map(([note, dots]) => ({ note: note as NoteId, dots }))
    .sort((a, b) => b.dots - a.dots || (a.note < b.note ? -1 : 1));
  return {
    id,
    dotsPerPerson: vote.get('dotsPerPerson') as number,
    anonymous: vote.get('anonymous') !== false,
    openedAt: Number(vote.get('openedAt') ?? 0),
    closed: vote.get('closed') === true,
    perNote,
    totalDots: perNote.reduce((sum, entry) => sum + entry.dots, 0),
    voters: tally.voters,
  };
}

/** Every vote, the latest opened first. */
export function readVotes(doc: Y.Doc): VoteResults[] {
  const votes: VoteResults[] = [];
  for (const id of votesMap(doc).keys()) {
    const results = voteResults(doc, id);
    if (results) votes.push(results);
  }
  return votes.sort((a, b) => b.openedAt - a.openedAt || (a.id < b.id ? -1 : 1));
}

/** The open vote people place dots in: the latest opened that is not closed, or undefined. */
export function currentVote(doc: Y.Doc): VoteResults | undefined {
  return readVotes(doc).find((vote) => !vote.closed);
}
