import type * as Y from 'yjs';
import type { BallotEntry } from '../facilitation/ballots.ts';
import type { PersonId } from '../groups/participants.ts';
import { compareNotes, type NoteView, readAllNotes } from '../schema.ts';
import { type CellId, DIMENSION_IDS, PHASE_IDS, parseCellId } from '../template.ts';
import { readGroups, readPeople, readWorkshopMeta } from '../workshop/schema.ts';
import { exportBoardModes } from './boardModesExchange.ts';
import { exportComments } from './commentsExchange.ts';
import { toExchangedText } from './exchangedText.ts';
import { exportAgreements, exportRounds, exportVotes } from './exportFacilitation.ts';
import { exportPaths } from './exportPaths.ts';
import { exportReactions } from './reactionsExchange.ts';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportedBoard,
  type ExportedNote,
  type ExportedPerson,
  type WorkshopExport,
} from './types.ts';

export type BoardDocs = {
  readonly plenary: Y.Doc;
  /** Group boards by number; a live group with no document exports as an empty board. */
  readonly groups: ReadonlyMap<number, Y.Doc>;
  /** The server's ballots of the common table (who placed which dot), for named votes' results. */
  readonly ballots?: readonly BallotEntry[];
};

/**
 * The workshop as versioned JSON: live people and groups, every board's notes (deleted and
 * stacked ones too, so an import restores them) and service paths (deleted ones and removed
 * steps too), the agreements register, closed rounds and the common table's votes.
 * Deterministic: people by joining time then id, groups by number, notes by phase, dimension,
 * key and id, paths by creation time and id; so the same state exports the same.
 */
export function exportWorkshop(workshopDoc: Y.Doc, boards: BoardDocs): WorkshopExport {
  const meta = readWorkshopMeta(workshopDoc);
  if (!meta) throw new Error('the workshop document has no metadata yet');
  const groups = readGroups(workshopDoc).map((group) => ({ number: group.number, createdAt: group.createdAt }));
  const groupBoards: Record<string, ExportedBoard> = {};
  for (const { number } of groups) groupBoards[String(number)] = exportBoard(boards.groups.get(number));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    workshop: { title: meta.title, language: meta.language, createdAt: meta.createdAt },
    people: exportPeople(workshopDoc),
    groups,
    boards: { plenary: exportBoard(boards.plenary), groups: groupBoards },
    agreements: exportAgreements(workshopDoc),
    rounds: exportRounds(workshopDoc),
    votes: exportVotes(boards.plenary, boards.ballots),
    boardModes: exportBoardModes(workshopDoc, new Set(groups.map((group) => group.number))),
  };
}

function exportPeople(doc: Y.Doc): ExportedPerson[] {
  const people = readPeople(doc);
  const ids = new Set<PersonId>(people.map((person) => person.id));
  return people.map((person) => ({
    id: person.id,
    name: person.name,
    role: person.role,
    joinedAt: person.joinedAt,
    group: person.group,
    // A contact who was removed is not exported, so the reference would dangle.
    contact: person.contact !== null && ids.has(person.contact) ? person.contact : null,
    ...(person.listed ? { listed: true as const } : {}),
  }));
}

export function exportBoard(doc: Y.Doc | undefined): ExportedBoard {
  const notes = doc ? readAllNotes(doc) : [];
  const ids = new Set(notes.map((note) => note.id));
  const paths = doc ? exportPaths(doc, ids) : [];
  const comments = doc ? exportComments(doc, ids) : [];
  const reactions = doc ? exportReactions(doc, ids) : [];
  return {
    notes: notes.sort(compareExported).map(exportNote),
    paths,
    comments,
    ...(reactions.length > 0 ? { reactions } : {}),
  };
}

function exportNote(note: NoteView): ExportedNote {
  return {
    id: note.id,
    cell: note.cell,
    order: note.key,
    text: toExchangedText(note.text),
    colour: note.colour,
    kind: note.kind,
    createdAt: note.createdAt,
    deleted: note.deleted,
    sources: note.sources.map((source) => ({ ...source, text: toExchangedText(source.text) })),
    stackedInto: note.stackedInto ?? null,
    ...(note.image ? { image: note.image } : {}),
  };
}

/** Reading order of the table: phase by phase, dimension by dimension, then the cell's order. */
export function cellRank(cell: CellId): number {
  const { phase, dimension } = parseCellId(cell);
  return PHASE_IDS.indexOf(phase) * DIMENSION_IDS.length + DIMENSION_IDS.indexOf(dimension);
}

function compareExported(a: NoteView, b: NoteView): number {
  return cellRank(a.cell) - cellRank(b.cell) || compareNotes(a, b);
}
