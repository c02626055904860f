import * as Y from 'yjs';
import { isFractionalKey } from './fractionalKey.ts';
import { isGroupNumber } from './groupNumber.ts';
import type { PersonId } from './groups/participants.ts';
import { isNoteId, type NoteId } from './ids.ts';
import { type NoteImage, readNoteImage } from './images/noteImage.ts';
import { CELL_IDS, type CellId, isCellId, isLanguage, type Language } from './template.ts';

/**
 * The Yjs document of one board. Documented for plain Yjs clients in the package README.
 *
 *   meta:  Y.Map  { schemaVersion: 1, title: string, language: 'fi'|'sv'|'en',
 *                   board: 'plenary'|'group', group: number (group boards only),
 *                   createdAt: number (ms) }  written once by the server when it seeds the board
 *   notes: Y.Map<noteId, Y.Map> with per note
 *          text: Y.Text, placement: { cell, key } (one value, so a move is atomic),
 *          colour, kind, createdAt (ms), deleted: boolean (soft delete, so restore is an edit),
 *          optional deletedAt (ms, written with deleted: true; the erasure's grace period counts from it),
 *          optional createdBy: person id (who wrote it; the server checks it is the writer's own),
 *          optional sources: Y.Map<'<group>:<sourceNoteId>', NoteSource> (merged from group boards),
 *          optional stackedInto: NoteId (the head of the stack the note is in; hidden while set),
 *          optional copiedFrom: { note, text, cell, colour, kind } (group boards: a copy of a common
 *            note and what it was when copied; groupCopy/copyTable.ts)
 *   paths: Y.Map<pathId, Y.Map>  service paths through the notes (paths/pathSchema.ts)
 *   deletions: Y.Map<noteId, number>  when the server saw each deleted note deleted (ms): the
 *                   erasure's grace period counts from it; written only by the server (a client's
 *                   `deletedAt` is its own claim, shown until the server's time arrives)
 *
 * The optional fields came later without a version bump: a reader that does not know them shows
 * merged notes as ordinary notes and stacked notes as loose ones, which is still a sound board.
 */
export const SCHEMA_VERSION = 1;

export const NOTE_COLOURS = ['yellow', 'green', 'blue', 'pink', 'orange', 'purple'] as const;
export type NoteColour = (typeof NOTE_COLOURS)[number];
export const DEFAULT_NOTE_COLOUR: NoteColour = 'yellow';

/** note: an ordinary note; gap: a gap or blind spot; idea: a development idea. */
export const NOTE_KINDS = ['note', 'gap', 'idea'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
export const DEFAULT_NOTE_KIND: NoteKind = 'note';

export type Placement = { readonly cell: CellId; readonly key: string };

/** A group board's note that a common note was merged from, as it was when last merged. */
export type NoteSource = {
  readonly group: number;
  readonly note: NoteId;
  /** The source's text as last merged (normalised): tells a group's edit from the plenary's. */
  readonly text: string;
  readonly colour: NoteColour;
  readonly kind: NoteKind;
};

export type NoteView = {
  readonly id: NoteId;
  readonly text: string;
  readonly cell: CellId;
  readonly key: string;
  readonly colour: NoteColour;
  readonly kind: NoteKind;
  readonly createdAt: number;
  readonly deleted: boolean;
  /**
   * When a deleted note was deleted (ms): the server's time once it has stamped the delete, the
   * deleter's claim until then; absent on live notes and on notes deleted before it was recorded.
   */
  readonly deletedAt?: number;
  /** The person who wrote it; absent on merged notes, notes of older clients and the facilitator's own. */
  readonly createdBy?: PersonId;
  /** The note's own provenance, by group then source note id; empty for a note written here. */
  readonly sources: readonly NoteSource[];
  /**
   * The head of the stack this note is hidden in. Resolved: concurrent stacking can leave chains
   * and cycles in the stored `stackedInto`, and this names the head every peer agrees on.
   */
  readonly stackedInto?: NoteId;
  /** The note's image (images/noteImage.ts), if it carries one. */
  readonly image?: NoteImage;
};

export type BoardMeta = {
  readonly schemaVersion: number;
  readonly title: string;
  readonly language: Language;
  /** The common table, or breakout group `group`'s table. */
  readonly board: 'plenary' | 'group';
  readonly group: number | null;
  readonly createdAt: number;
};

export type NoteMap = Y.Map<unknown>;

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function notesMap(doc: Y.Doc): Y.Map<NoteMap> {
  return doc.getMap('notes');
}

/** The root of a board that only the server writes: note id -> when it saw the note deleted (ms). */
export const DELETIONS_ROOT = 'deletions';

export function deletionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DELETIONS_ROOT);
}

/** When the server saw note `id` deleted (ms), if it has said. */
export function serverDeletionTime(doc: Y.Doc, id: string): number | undefined {
  const time = doc.share.has(DELETIONS_ROOT) ? deletionsMap(doc).get(id) : undefined;
  return typeof time === 'number' && Number.isFinite(time) ? time : undefined;
}

export function isNoteColour(value: unknown): value is NoteColour {
  return typeof value === 'string' && (NOTE_COLOURS as readonly string[]).includes(value);
}

export function isNoteKind(value: unknown): value is NoteKind {
  return typeof value === 'string' && (NOTE_KINDS as readonly string[]).includes(value);
}

export function isPlacement(value: unknown): value is Placement {
  if (typeof value !== 'object' || value === null) return false;
  const { cell, key } = value as Record<string, unknown>;
  return isCellId(cell) && isFractionalKey(key);
}

/** The board's metadata, or undefined before the server's seed has arrived. */
export function readMeta(doc: Y.Doc): BoardMeta | undefined {
  const meta = metaMap(doc);
  const schemaVersion = meta.get('schemaVersion');
  const language = meta.get('language');
  if (typeof schemaVersion !== 'number' || !isLanguage(language)) return undefined;
  return {
    schemaVersion,
    title: String(meta.get('title') ?? ''),
    language,
    board: meta.get('board') === 'group' ? 'group' : 'plenary',
    group: typeof meta.get('group') === 'number' ? (meta.get('group') as number) : null,
    createdAt: Number(meta.get('createdAt') ?? 0),
  };
}

/**
 * A note as plain data, or undefined when the entry is malformed (a foreign client may write
 * anything into the document; readers skip what does not fit the schema).
 */
export function readNote(doc: Y.Doc, id: NoteId): NoteView | undefined {
  const notes = notesMap(doc);
  const note = notes.get(id);
  return note instanceof Y.Map ? toView(notes, id, note) : undefined;
}

function isWellFormed(id: string, note: NoteMap): boolean {
  return isNoteId(id) && note.get('text') instanceof Y.Text && isPlacement(note.get('placement'));
}

function toView(notes: Y.Map<NoteMap>, id: string, note: NoteMap): NoteView | undefined {
  if (!isWellFormed(id, note)) return undefined;
  const placement = note.get('placement') as Placement;
  const colour = note.get('colour');
  const kind = note.get('kind');
  const head = stackHead(notes, id as NoteId);
  const deleted = note.get('deleted') === true;
  const deletedAt = (notes.doc ? serverDeletionTime(notes.doc, id) : undefined) ?? note.get('deletedAt');
  const createdBy = note.get('createdBy');
  return {
    id: id as NoteId,
    text: (note.get('text') as Y.Text).toString(),
    cell: placement.cell,
    key: placement.key,
    colour: isNoteColour(colour) ? colour : DEFAULT_NOTE_COLOUR,
    kind: isNoteKind(kind) ? kind : DEFAULT_NOTE_KIND,
    createdAt: Number(note.get('createdAt') ?? 0),
    deleted,
    ...(deleted && typeof deletedAt === 'number' && Number.isFinite(deletedAt) ? { deletedAt } : {}),
    ...(typeof createdBy === 'string' && createdBy !== '' ? { createdBy: createdBy as PersonId } : {}),
    sources: readSources(note),
    ...(head === undefined ? {} : { stackedInto: head }),
    ...imageOf(note),
  };
}

function imageOf(note: NoteMap): { image?: NoteImage } {
  const image = readNoteImage(note);
  return image ? { image } : {};
}

/** `<group>:<sourceNoteId>`: the key of a source in a note's `sources` map. */
export function sourceKey(group: number, note: NoteId): string {
  return `${group}:${note}`;
}

/** A note entry's well-formed sources, by group then source note id; malformed entries skipped. */
export function readSources(note: NoteMap): NoteSource[] {
  const map = note.get('sources');
  if (!(map instanceof Y.Map)) return [];
  const sources: NoteSource[] = [];
  map.forEach((value: unknown, key: string) => {
    const source = asSource(value);
    if (source && sourceKey(source.group, source.note) === key) sources.push(source);
  });
  return sources.sort(compareSources);
}

function asSource(value: unknown): NoteSource | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { group, note, text, colour, kind } = value as Record<string, unknown>;
  if (!isGroupNumber(group) || !isNoteId(note) || typeof text !== 'string') return undefined;
  if (!isNoteColour(colour) || !isNoteKind(kind)) return undefined;
  return { group, note, text, colour, kind };
}

export function compareSources(a: NoteSource, b: NoteSource): number {
  if (a.group !== b.group) return a.group - b.group;
  return a.note < b.note ? -1 : a.note > b.note ? 1 : 0;
}

/** The stored `stackedInto` of a note when it names another well-formed note; else none. */
function storedHead(notes: Y.Map<NoteMap>, id: NoteId): NoteId | undefined {
  const note = notes.get(id);
  const head = note instanceof Y.Map ? note.get('stackedInto') : undefined;
  if (!isNoteId(head) || head === id) return undefined;
  const target = notes.get(head);
  return target instanceof Y.Map && isWellFormed(head, target) ? head : undefined;
}

/**
 * The head of the stack a note is in, or undefined for a note in no stack. Operations never
 * write chains, but concurrent stacking can (A into B while B goes into C; or A into B while B
 * goes into A). A chain resolves to its end; in a cycle the smallest id is the head. So every
 * peer reads the same stacks from the same state and no note is hidden with no head to show it.
 */
function stackHead(notes: Y.Map<NoteMap>, id: NoteId): NoteId | undefined {
  const path: NoteId[] = [id];
  for (let next = storedHead(notes, id); next !== undefined; next = storedHead(notes, next)) {
    const seen = path.indexOf(next);
    if (seen >= 0) {
      const head = path.slice(seen).sort()[0];
      return head === id ? undefined : head;
    }
    path.push(next);
  }
  const end = path[path.length - 1];
  return end === id ? undefined : end;
}

/** Every well-formed note, deleted and stacked ones included. */
export function readAllNotes(doc: Y.Doc): NoteView[] {
  const notes = notesMap(doc);
  const views: NoteView[] = [];
  notes.forEach((note, id) => {
    const view = note instanceof Y.Map ? toView(notes, id, note) : undefined;
    if (view) views.push(view);
  });
  return views;
}

/** Shown on the board: neither deleted nor hidden in a stack. */
export function isVisibleNote(note: NoteView): boolean {
  return !note.deleted && note.stackedInto === undefined;
}

/** The strict order inside a cell: by fractional key, ties broken by note id. */
export function compareNotes(a: Pick<NoteView, 'key' | 'id'>, b: Pick<NoteView, 'key' | 'id'>): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The visible notes of one cell in order: deleted and stacked notes left out. */
export function notesInCell(doc: Y.Doc, cell: CellId): NoteView[] {
  return readAllNotes(doc)
    .filter((note) => isVisibleNote(note) && note.cell === cell)
    .sort(compareNotes);
}

/** All visible notes grouped by cell, each cell in order; every cell is present. */
export function notesByCell(doc: Y.Doc): Map<CellId, NoteView[]> {
  const byCell = new Map<CellId, NoteView[]>(CELL_IDS.map((cell) => [cell, []]));
  for (const note of readAllNotes(doc)) {
    if (isVisibleNote(note)) byCell.get(note.cell)?.push(note);
  }
  for (const list of byCell.values()) list.sort(compareNotes);
  return byCell;
}
