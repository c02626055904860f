import * as Y from 'yjs';
import { NOTE_IMAGE_KEY } from '../images/noteImage.ts';
import { notesMap, sourceKey } from '../schema.ts';
import { seedBoard } from '../seed.ts';
import { groupsMap, peopleMap } from '../workshop/schema.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import { writeBoardModes } from './boardModesExchange.ts';
import { writeComments } from './commentsExchange.ts';
import { writeImages } from './imagesExchange.ts';
import { writeAgreements, writeRounds, writeVotes } from './importFacilitation.ts';
import { writePaths } from './importPaths.ts';
import { writeReactions } from './reactionsExchange.ts';
import type { ExportedBoard, ExportedNote, ExportedPerson, WorkshopExport } from './types.ts';

export type ImportedWorkshop = {
  readonly workshop: Y.Doc;
  readonly plenary: Y.Doc;
  /** One board per listed group, by number (empty when the export had no board for it). */
  readonly groups: ReadonlyMap<number, Y.Doc>;
};

/**
 * Writes a validated export (`validateWorkshopExport`) into fresh documents of a new workshop:
 * seeded as the server seeds (title, language, createdAt of the export), then people, groups,
 * agreements, rounds, notes, paths and votes with their ids, in one transaction per document. Exporting them gives the same JSON.
 * `newDoc` lets the server choose client ids; settings start as a new workshop's (joining open).
 */
export function importWorkshop(data: WorkshopExport, newDoc: () => Y.Doc = () => new Y.Doc()): ImportedWorkshop {
  const { title, language, createdAt } = data.workshop;
  const workshop = newDoc();
  workshop.transact(() => {
    seedWorkshop(workshop, { title, language, createdAt });
    for (const group of data.groups) writeGroup(workshop, group.number, group.createdAt);
    for (const person of data.people) writePerson(workshop, person);
    writeAgreements(workshop, data.agreements ?? []);
    writeRounds(workshop, data.rounds ?? []);
    writeBoardModes(workshop, data.boardModes ?? {});
  });
  const plenary = newDoc();
  writeBoard(plenary, data.boards.plenary, () => {
    seedBoard(plenary, { title, language, createdAt });
    writeVotes(plenary, data.votes ?? []);
  });
  const groups = new Map<number, Y.Doc>();
  for (const group of data.groups) {
    const doc = newDoc();
    const seed = () => seedBoard(doc, { title, language, createdAt: group.createdAt, group: group.number });
    writeBoard(doc, data.boards.groups[String(group.number)] ?? { notes: [] }, seed);
    groups.set(group.number, doc);
  }
  return { workshop, plenary, groups };
}

function writeGroup(doc: Y.Doc, number: number, createdAt: number): void {
  const entry = new Y.Map<unknown>();
  entry.set('number', number);
  entry.set('createdAt', createdAt);
  entry.set('removed', false);
  groupsMap(doc).set(String(number), entry);
}

function writePerson(doc: Y.Doc, person: ExportedPerson): void {
  const entry = new Y.Map<unknown>();
  entry.set('name', person.name);
  entry.set('role', person.role);
  entry.set('joinedAt', person.joinedAt);
  entry.set('removed', false);
  entry.set('group', person.group);
  entry.set('contact', person.contact);
  if (person.listed) entry.set('listed', true);
  peopleMap(doc).set(person.id, entry);
}

function writeBoard(doc: Y.Doc, board: ExportedBoard, seed: () => void): void {
  doc.transact(() => {
    seed();
    for (const note of board.notes) notesMap(doc).set(note.id, noteEntry(note));
    writePaths(doc, board.paths ?? []);
    writeComments(doc, board.comments ?? []);
    writeReactions(doc, board.reactions ?? []);
    writeImages(doc, board.images ?? [], Date.now());
  });
}

function noteEntry(note: ExportedNote): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  entry.set('text', new Y.Text(note.text));
  entry.set('placement', { cell: note.cell, key: note.order });
  entry.set('colour', note.colour);
  entry.set('kind', note.kind);
  entry.set('createdAt', note.createdAt);
  entry.set('deleted', note.deleted);
  // Optional fields stay absent when empty, as on a board where they were never written.
  if (note.sources.length > 0) {
    const sources = new Y.Map<unknown>();
    for (const source of note.sources) sources.set(sourceKey(source.group, source.note), { ...source });
    entry.set('sources', sources);
  }
  if (note.stackedInto !== null) entry.set('stackedInto', note.stackedInto);
  if (note.image) entry.set(NOTE_IMAGE_KEY, { ...note.image });
  return entry;
}
