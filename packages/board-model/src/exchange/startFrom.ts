import type { PersonId } from '../groups/participants.ts';
import type { NoteId } from '../ids.ts';
import type { ExportedBoard, ExportedPath, ExportedPerson, WorkshopExport } from './types.ts';

/**
 * "New workshop from this one": what an earlier workshop's export gives a new one. Always its
 * language, a new title and nothing of the day itself (no groups, group boards, agreements,
 * rounds, votes, comments or deleted things):
 *
 *   table     the common table's live notes and service paths, as the starting point
 *   people    the people and their roles, listed: someone joining the new workshop under a
 *             listed name and role becomes that person (`addPerson`), so groups can be planned
 *   settings  nothing else
 *
 * The result is an ordinary export, so the server's import validates and creates it.
 */
export const WORKSHOP_STARTS = ['table', 'people', 'settings'] as const;
export type WorkshopStart = (typeof WORKSHOP_STARTS)[number];

export function isWorkshopStart(value: unknown): value is WorkshopStart {
  return typeof value === 'string' && (WORKSHOP_STARTS as readonly string[]).includes(value);
}

export function startFrom(
  data: WorkshopExport,
  start: WorkshopStart,
  options: { readonly title: string; readonly now: number },
): WorkshopExport {
  return {
    format: data.format,
    version: data.version,
    workshop: { title: options.title, language: data.workshop.language, createdAt: options.now },
    people: start === 'people' ? listedPeople(data.people, options.now) : [],
    groups: [],
    boards: { plenary: start === 'table' ? freshTable(data.boards.plenary) : { notes: [], paths: [] }, groups: {} },
  };
}

function listedPeople(people: readonly ExportedPerson[], now: number): ExportedPerson[] {
  const ids = new Set<PersonId>(people.map((person) => person.id));
  return people.map((person, index) => ({
    id: person.id,
    name: person.name,
    role: person.role,
    // A millisecond apart: the list keeps the earlier workshop's order.
    joinedAt: now + index,
    group: null,
    contact: person.contact !== null && ids.has(person.contact) ? person.contact : null,
    listed: true,
  }));
}

/** The live notes (a stack kept whole) and live paths; where a note came from is left behind. */
function freshTable(board: ExportedBoard): ExportedBoard {
  const live = board.notes.filter((note) => !note.deleted);
  const kept = new Set<NoteId>(live.map((note) => note.id));
  const notes = live.map((note) => ({
    ...note,
    sources: [],
    stackedInto: note.stackedInto !== null && kept.has(note.stackedInto) ? note.stackedInto : null,
  }));
  const said = new Map<NoteId, string>(board.notes.map((note) => [note.id, note.text]));
  const paths = (board.paths ?? []).filter((path) => !path.deleted).map((path) => freshPath(path, kept, said));
  return { notes, paths };
}

function freshPath(path: ExportedPath, kept: ReadonlySet<NoteId>, said: ReadonlyMap<NoteId, string>): ExportedPath {
  const steps = path.steps
    .filter((step) => !step.removed)
    .map((step) => {
      if (step.noteId === null || kept.has(step.noteId)) return step;
      // A step on a note left behind keeps what it said, as a free step.
      return { ...step, noteId: null, text: step.text || (said.get(step.noteId) ?? '') };
    });
  return { ...path, source: null, steps };
}
