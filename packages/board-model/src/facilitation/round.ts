import type * as Y from 'yjs';
import { isNoteId, type NoteId } from '../ids.ts';
import { isNoteColour, isNoteKind, isVisibleNote, type NoteColour, type NoteKind, readAllNotes } from '../schema.ts';
import { type CellId, isCellId } from '../template.ts';
import { type AgreementView, readAgreements } from './agreement.ts';
import { isIsoDate } from './agreementRules.ts';
import { type RoundComment, readRoundComments } from './roundComments.ts';
import { type RoundPath, readRoundPaths } from './roundPaths.ts';

/**
 * Rounds: named, dated snapshots of the common table and the agreements, kept in the workshop
 * document as plain JSON values (documented in the package README):
 *
 *   rounds: Y.Map<roundId, { id, name, date: 'YYYY-MM-DD', closedAt, notes: RoundNote[],
 *                            agreements: AgreementView[], paths?: RoundPath[],
 *                            comments?: RoundComment[] }>
 *
 * Plain values rather than encoded Yjs snapshots: a Yjs snapshot can only be read back from a
 * document that keeps all its history (gc off), which would make every board grow without end;
 * a plain value is readable by any client, the feedback page and exports, and the comparison
 * needs only the visible notes as they were. Bounded: MAX_ROUND_LENGTH characters of JSON per
 * round (a typical table of 100 notes is 20-40 kB) and MAX_ROUNDS rounds per workshop.
 * `paths` (the common table's service paths) came later: a round without it reads `paths: null`;
 * so did `comments` (roundComments.ts).
 */
export const MAX_ROUNDS = 20;
export const MAX_ROUND_LENGTH = 250_000;
export const MAX_ROUND_NAME_LENGTH = 80;

export type RoundNote = {
  readonly id: NoteId;
  readonly cell: CellId;
  readonly key: string;
  readonly text: string;
  readonly colour: NoteColour;
  readonly kind: NoteKind;
};

export type Round = {
  readonly id: string;
  readonly name: string;
  readonly date: string;
  readonly closedAt: number;
  readonly notes: readonly RoundNote[];
  readonly agreements: readonly AgreementView[];
  /** The service paths then; null for a round closed before rounds kept paths. */
  readonly paths: readonly RoundPath[] | null;
  /** The live comments of its notes then; null for a round closed before rounds kept comments. */
  readonly comments: readonly RoundComment[] | null;
};

export function roundsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('rounds');
}

/** The visible notes of a board as a round keeps them, by cell then order. */
export function roundNotes(boardDoc: Y.Doc): RoundNote[] {
  return readAllNotes(boardDoc)
    .filter(isVisibleNote)
    .map(({ id, cell, key, text, colour, kind }) => ({ id, cell, key, text, colour, kind }))
    .sort((a, b) => (a.cell !== b.cell ? (a.cell < b.cell ? -1 : 1) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The register's live items as a round keeps them. */
export function roundAgreements(workshopDoc: Y.Doc): AgreementView[] {
  return readAgreements(workshopDoc);
}

function isRoundNote(value: unknown): value is RoundNote {
  if (typeof value !== 'object' || value === null) return false;
  const { id, cell, key, text, colour, kind } = value as Record<string, unknown>;
  return (
    isNoteId(id) &&
    isCellId(cell) &&
    typeof key === 'string' &&
    typeof text === 'string' &&
    isNoteColour(colour) &&
    isNoteKind(kind)
  );
}

function asRound(id: string, value: unknown): Round | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { name, date, closedAt, notes, agreements, paths, comments } = value as Record<string, unknown>;
  if (typeof name !== 'string' || !isIsoDate(date) || typeof closedAt !== 'number') return undefined;
  if (!Array.isArray(notes) || !Array.isArray(agreements)) return undefined;
  return {
    id,
    name,
    date,
    closedAt,
    notes: notes.filter(isRoundNote),
    agreements: agreements as AgreementView[],
    paths: readRoundPaths(paths),
    comments: readRoundComments(comments),
  };
}

export function readRound(doc: Y.Doc, id: string): Round | undefined {
  return asRound(id, roundsMap(doc).get(id));
}

/** Every round, oldest first. */
export function readRounds(doc: Y.Doc): Round[] {
  const rounds: Round[] = [];
  roundsMap(doc).forEach((value, id) => {
    const round = asRound(id, value);
    if (round) rounds.push(round);
  });
  return rounds.sort((a, b) => a.closedAt - b.closedAt || (a.id < b.id ? -1 : 1));
}
