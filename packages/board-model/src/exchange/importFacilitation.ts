import * as Y from 'yjs';
import { agreementsMap } from '../facilitation/agreement.ts';
import { roundsMap } from '../facilitation/round.ts';
import { votesMap } from '../facilitation/vote.ts';
import type { PersonId } from '../groups/participants.ts';
import type { ExportedAgreement, ExportedRound, ExportedVote } from './types.ts';

/** Writes the register's items as `addAgreement` would, with their ids, keys and times. */
export function writeAgreements(doc: Y.Doc, items: readonly ExportedAgreement[]): void {
  for (const item of items) {
    const entry = new Y.Map<unknown>();
    entry.set('section', item.section);
    entry.set('key', item.order);
    entry.set('text', item.text);
    entry.set('owner', item.owner);
    entry.set('due', item.due);
    entry.set('status', item.status);
    const links = new Y.Map<unknown>();
    for (const note of item.notes) links.set(note, true);
    entry.set('notes', links);
    // Always a map, as addAgreement writes it: two people linking at once both keep their link.
    const paths = new Y.Map<unknown>();
    for (const path of item.paths ?? []) paths.set(path, true);
    entry.set('paths', paths);
    entry.set('createdAt', item.createdAt);
    entry.set('removed', false);
    if (item.ownerPerson) entry.set('ownerPerson', item.ownerPerson);
    if (item.proposedBy) entry.set('proposedBy', item.proposedBy);
    agreementsMap(doc).set(item.id, entry);
  }
}

function agreementValue(item: ExportedAgreement) {
  const { order, ...rest } = item;
  return { ...rest, key: order, notes: [...item.notes], paths: [...(item.paths ?? [])] };
}

/** Rounds are plain values in the workshop document, as `closeRound` writes them. */
export function writeRounds(doc: Y.Doc, rounds: readonly ExportedRound[]): void {
  for (const round of rounds) {
    roundsMap(doc).set(round.id, {
      id: round.id,
      name: round.name,
      date: round.date,
      closedAt: round.closedAt,
      notes: round.notes.map(({ order, ...note }) => ({ ...note, key: order })),
      agreements: round.agreements.map(agreementValue),
      // Stored as `closeRound` writes them (the exported fields are the stored ones).
      ...(round.paths ? { paths: round.paths } : {}),
      ...(round.comments ? { comments: round.comments } : {}),
    });
  }
}

/**
 * Writes each vote in the form votes had before dots left the document (legacyDots.ts): the
 * server moves who placed which dot into its ballots when the imported common table first
 * loads, before anyone syncs it. A closed vote keeps its frozen results. An open vote's dots go
 * back into slots: each person's own for a named vote; for an
 * anonymous one (whose export does not say who voted what) into slots of stand-in voters, so the
 * tally, and the results when the vote is closed, stay the same.
 */
export function writeVotes(doc: Y.Doc, votes: readonly ExportedVote[]): void {
  for (const vote of votes) {
    const entry = new Y.Map<unknown>();
    entry.set('dotsPerPerson', vote.dotsPerPerson);
    entry.set('anonymous', vote.anonymous);
    entry.set('openedAt', vote.openedAt);
    entry.set('closed', vote.closed);
    entry.set('frozen', vote.closed ? frozenOf(vote) : null);
    const dots = new Y.Map<unknown>();
    if (!vote.closed) for (const [slot, note] of slotsOf(vote)) dots.set(slot, note);
    entry.set('dots', dots);
    votesMap(doc).set(vote.id, entry);
  }
}

function frozenOf(vote: ExportedVote) {
  const perNote = Object.fromEntries(vote.perNote.map(({ note, dots }) => [note, dots]));
  const perPerson = vote.perPerson && Object.fromEntries(vote.perPerson.map(({ person, notes }) => [person, notes]));
  return { perNote, perPerson };
}

function slotsOf(vote: ExportedVote): Array<[string, string]> {
  if (vote.perPerson) {
    return vote.perPerson.flatMap(({ person, notes }) =>
      notes.map((note, i): [string, string] => [slotKey(person, i), note]),
    );
  }
  const dots = vote.perNote.flatMap(({ note, dots }) => Array.from({ length: dots }, () => note));
  return dots.map((note, i) => [slotKey(standIn(Math.floor(i / vote.dotsPerPerson)), i % vote.dotsPerPerson), note]);
}

function slotKey(person: PersonId, slot: number): string {
  return `${person}:${slot}`;
}

/** `anon00000000`, `anon00000001`...: a person id no one is given (ids are random). */
function standIn(index: number): PersonId {
  return `anon${index.toString(36).padStart(8, '0')}` as PersonId;
}
