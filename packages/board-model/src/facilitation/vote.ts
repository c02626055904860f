import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { isNoteId, type NoteId } from '../ids.ts';

/**
 * Dot votes, in the document the notes are in (the common table's board document), so a dot is
 * checked against the note it lands on. Documented in the package README.
 *
 *   votes: Y.Map<voteId, Y.Map { dotsPerPerson, anonymous, openedAt, closed: boolean,
 *                               frozen: FrozenResults | null,
 *                               dots: Y.Map<'<person>:<slot>', NoteId | null> }>
 *
 * Each person owns `dotsPerPerson` fixed slots `<person>:0` .. `<person>:<N-1>`; a dot is a slot
 * holding a note id. A slot holds one value, so two concurrent placements into the same slot
 * resolve last-writer-wins and a person can never hold more than N dots, whatever the network
 * does. Slots outside 0..N-1 (a foreign writer) are never counted.
 */
export const MAX_DOTS_PER_PERSON = 20;

export type NoteDots = { readonly note: NoteId; readonly dots: number };
export type PersonDots = { readonly person: PersonId; readonly notes: readonly NoteId[] };

/** What closing stores: per note always, per person only for a vote that is not anonymous. */
export type FrozenResults = {
  readonly perNote: Readonly<Record<string, number>>;
  readonly perPerson: Readonly<Record<string, readonly string[]>> | null;
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
  /** Null for an anonymous vote: who placed which dot is never read out. */
  readonly perPerson: readonly PersonDots[] | null;
};

export function votesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('votes');
}

export function isDotsPerPerson(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= MAX_DOTS_PER_PERSON;
}

export function slotKey(person: PersonId, slot: number): string {
  return `${person}:${slot}`;
}

/** The vote's map when it exists and fits the schema. */
export function voteEntry(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const vote = votesMap(doc).get(id);
  if (!(vote instanceof Y.Map) || !isDotsPerPerson(vote.get('dotsPerPerson'))) return undefined;
  return vote.get('dots') instanceof Y.Map ? vote : undefined;
}

/** Every counted dot as [person, slot, note]: slots in range holding a note id. */
export function countedDots(vote: Y.Map<unknown>): Array<[PersonId, number, NoteId]> {
  const limit = vote.get('dotsPerPerson') as number;
  const dots: Array<[PersonId, number, NoteId]> = [];
  (vote.get('dots') as Y.Map<unknown>).forEach((note, key) => {
    const match = /^([0-9a-z]{12}):(\d+)$/.exec(key);
    const slot = Number(match?.[2]);
    if (match && slot < limit && isNoteId(note)) dots.push([match[1] as PersonId, slot, note]);
  });
  return dots;
}

/** The live tally of a vote's slots, as frozen results. */
export function tally(vote: Y.Map<unknown>): FrozenResults {
  const perNote: Record<string, number> = {};
  const perPerson: Record<string, string[]> = {};
  for (const [person, , note] of countedDots(vote).sort(bySlot)) {
    perNote[note] = (perNote[note] ?? 0) + 1;
    perPerson[person] = [...(perPerson[person] ?? []), note];
  }
  return { perNote, perPerson: vote.get('anonymous') === false ? perPerson : null };
}

function bySlot(a: [PersonId, number, NoteId], b: [PersonId, number, NoteId]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];
}

function isFrozen(value: unknown): value is FrozenResults {
  if (typeof value !== 'object' || value === null) return false;
  const { perNote, perPerson } = value as Record<string, unknown>;
  return typeof perNote === 'object' && perNote !== null && (perPerson === null || typeof perPerson === 'object');
}

/** A vote's results: the frozen ones once closed, else the live tally; undefined if unknown. */
export function voteResults(doc: Y.Doc, id: string): VoteResults | undefined {
  const vote = voteEntry(doc, id);
  if (!vote) return undefined;
  const closed = vote.get('closed') === true;
  const frozen = vote.get('frozen');
  const results = closed && isFrozen(frozen) ? frozen : tally(vote);
  const anonymous = vote.get('anonymous') !== false;
  const perNote = Object.entries(results.perNote)
    .filter((entry): entry is [NoteId, number] => isNoteId(entry[0]) && Number.isSafeInteger(entry[1]))
    .map(([note, dots]) => ({ note, dots }))
    .sort((a, b) => b.dots - a.dots || (a.note < b.note ? -1 : 1));
  return {
    id,
    dotsPerPerson: vote.get('dotsPerPerson') as number,
    anonymous,
    openedAt: Number(vote.get('openedAt') ?? 0),
    closed,
    perNote,
    totalDots: perNote.reduce((sum, entry) => sum + entry.dots, 0),
    perPerson: anonymous || results.perPerson === null ? null : personList(results.perPerson),
  };
}

function personList(perPerson: Readonly<Record<string, readonly string[]>>): PersonDots[] {
  return Object.keys(perPerson)
    .sort()
    .map((person) => ({ person: person as PersonId, notes: (perPerson[person] ?? []).filter(isNoteId) }));
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

/**
 * The notes this person's own dots are on (their own screen may show them even in an anonymous
 * vote) and how many dots they have left. Undefined for an unknown vote.
 */
export function dotsOf(doc: Y.Doc, id: string, person: PersonId): { notes: NoteId[]; left: number } | undefined {
  const vote = voteEntry(doc, id);
  if (!vote) return undefined;
  const notes = countedDots(vote)
    .filter(([owner]) => owner === person)
    .map(([, , note]) => note);
  return { notes, left: (vote.get('dotsPerPerson') as number) - notes.length };
}
