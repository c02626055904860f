import type * as Y from 'yjs';
import { type AgreementView, readRegister } from '../facilitation/agreement.ts';
import { isAgreementStatus, isIsoDate } from '../facilitation/agreementRules.ts';
import { isAgreementSectionId } from '../facilitation/agreementSections.ts';
import { type BallotEntry, Ballots } from '../facilitation/ballots.ts';
import { type RoundNote, readRounds } from '../facilitation/round.ts';
import { readVotes } from '../facilitation/vote.ts';
import { isFractionalKey } from '../fractionalKey.ts';
import { isNoteId, type NoteId } from '../ids.ts';
import { toExchangedText } from './exchangedText.ts';
import { exportRoundPaths } from './roundPathsExchange.ts';
import type { ExportedAgreement, ExportedRound, ExportedRoundNote, ExportedVote } from './types.ts';

/** The register's live items, proposals too, in its reading order (as `readRegister`). */
export function exportAgreements(workshopDoc: Y.Doc): ExportedAgreement[] {
  return readRegister(workshopDoc).map(exportAgreement);
}

function exportAgreement(item: AgreementView): ExportedAgreement {
  return {
    id: item.id,
    section: item.section,
    order: item.key,
    text: toExchangedText(item.text),
    owner: toExchangedText(item.owner),
    due: item.due,
    status: item.status,
    notes: [...item.notes],
    // A round kept its items before they linked paths: those link none.
    paths: [...(item.paths ?? [])],
    createdAt: item.createdAt,
    // Later optional fields of version 1, written only when set: older files export unchanged.
    ...(item.ownerPerson ? { ownerPerson: item.ownerPerson } : {}),
    ...(item.proposedBy ? { proposedBy: item.proposedBy } : {}),
  };
}

/** A round keeps its agreements as plain values: only well-formed ones are exported. */
function isAgreementView(value: unknown): value is AgreementView {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  return (
    typeof item.id === 'string' &&
    isAgreementSectionId(item.section) &&
    isFractionalKey(item.key) &&
    typeof item.text === 'string' &&
    typeof item.owner === 'string' &&
    (item.due === null || isIsoDate(item.due)) &&
    isAgreementStatus(item.status) &&
    Array.isArray(item.notes) &&
    item.notes.every(isNoteId) &&
    Number.isSafeInteger(item.createdAt)
  );
}

function exportRoundNote(note: RoundNote): ExportedRoundNote {
  return {
    id: note.id,
    cell: note.cell,
    order: note.key,
    text: toExchangedText(note.text),
    colour: note.colour,
    kind: note.kind,
  };
}

/** Closed rounds, oldest first, each with its snapshot of the table, its paths and the register. */
export function exportRounds(workshopDoc: Y.Doc): ExportedRound[] {
  return readRounds(workshopDoc).map((round) => ({
    id: round.id,
    name: round.name,
    date: round.date,
    closedAt: round.closedAt,
    notes: round.notes.map(exportRoundNote),
    agreements: round.agreements.filter(isAgreementView).map(exportAgreement),
    ...(round.paths ? { paths: exportRoundPaths(round.paths) } : {}),
    ...(round.comments ? { comments: round.comments } : {}),
  }));
}

/**
 * The common table's votes as results, the latest opened first. Who placed which dot is not in
 * the document: `ballots` are the server's (ballots.ts), read for a named vote's `perPerson`
 * (null without them).
 */
export function exportVotes(plenary: Y.Doc, ballots?: readonly BallotEntry[]): ExportedVote[] {
  const book = new Ballots();
  for (const entry of ballots ?? []) book.apply(entry);
  return readVotes(plenary).map((vote) => {
    const perPerson = vote.anonymous || !ballots ? null : book.perPerson(vote.id, vote.dotsPerPerson);
    const counted = perPerson && !vote.closed ? book.tally(vote.id, vote.dotsPerPerson, 0).perNote : undefined;
    const perNote = counted
      ? Object.entries(counted)
          .map(([note, dots]) => ({ note: note as NoteId, dots }))
          .sort((a, b) => b.dots - a.dots || (a.note < b.note ? -1 : 1))
      : vote.perNote.map(({ note, dots }) => ({ note, dots }));
    return {
      id: vote.id,
      dotsPerPerson: vote.dotsPerPerson,
      anonymous: vote.anonymous,
      openedAt: vote.openedAt,
      closed: vote.closed,
      perNote,
      perPerson: perPerson?.map(({ person, notes }) => ({ person, notes: [...notes] })) ?? null,
    };
  });
}
