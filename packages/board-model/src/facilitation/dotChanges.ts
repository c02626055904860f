import type * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import type { NoteId } from '../ids.ts';
import { ok, type Result } from '../result.ts';
import type { BallotEntry, Ballots } from './ballots.ts';
import { readTally, voteEntry, writeTally } from './vote.ts';
import { dotTarget, openEntry } from './voteOperations.ts';

/** What a person asks of the server: one dot more on a note, or one back. */
export type DotChange = {
  readonly vote: string;
  readonly person: PersonId;
  readonly note: NoteId;
  readonly action: 'place' | 'take-back';
  /** The device's id for the change (ballots.ts `isChangeId`). */
  readonly change?: string;
};

/**
 * The ballot entry a person's dot change makes, checked against the common table (the vote is
 * open, a placed dot lands on a live note) and the person's own dots (free slots, a dot to take
 * back); null when the same change is stored already (sent again). The server stores the entry,
 * then publishes the counts (`publishTally`).
 */
export function ballotEntryFor(doc: Y.Doc, ballots: Ballots, change: DotChange): Result<BallotEntry | null> {
  if (change.change !== undefined && ballots.has(change.vote, change.person, change.change)) return ok(null);
  const vote = openEntry(doc, change.vote);
  if (!vote.ok) return vote;
  const limit = vote.value.get('dotsPerPerson') as number;
  const entry = slotWrite(doc, ballots, change, limit);
  if (!entry.ok || change.change === undefined) return entry;
  return ok({ ...entry.value, change: change.change });
}

function slotWrite(doc: Y.Doc, ballots: Ballots, change: DotChange, limit: number): Result<BallotEntry> {
  if (change.action === 'take-back') return ballots.takeBack(change.vote, change.person, limit, change.note);
  const target = dotTarget(doc, change.note);
  return target.ok ? ballots.place(change.vote, change.person, limit, change.note) : target;
}

/** A person's own dots in a vote and how many are left; undefined for an unknown vote. */
export function ownDots(
  doc: Y.Doc,
  ballots: Ballots,
  vote: string,
  person: PersonId,
): { readonly notes: NoteId[]; readonly left: number; readonly total: number } | undefined {
  const entry = voteEntry(doc, vote);
  if (!entry) return undefined;
  const total = entry.get('dotsPerPerson') as number;
  const notes = ballots.dotsOf(vote, person, total);
  return { notes, left: Math.max(0, total - notes.length), total };
}

/**
 * Writes an open vote's counts, as the ballots up to entry `upTo` give them, when they reach
 * further than the published ones. A closed vote's counts stay as published: closing
 * froze them. Returns whether it wrote.
 */
export function publishTally(doc: Y.Doc, ballots: Ballots, vote: string, upTo: number): boolean {
  const entry = openEntry(doc, vote);
  if (!entry.ok) return false;
  const published = readTally(doc, vote);
  if (published.upTo >= upTo) return false;
  const tally = ballots.tally(vote, entry.value.get('dotsPerPerson') as number, upTo);
  writeTally(doc, vote, tally);
  return true;
}
