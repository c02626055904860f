import * as Y from 'yjs';
import { isFractionalKey } from './fractionalKey.ts';
import { isNoteId, type NoteId } from './ids.ts';
import { CELL_IDS, type CellId, isCellId, isLanguage, type Language } from './template.ts';

/**
 * The Yjs document of one board. Documented for plain Yjs clients in the package README.
 *
 *   meta:  Y.Map  { schemaVersion: 1, title: string, language: 'fi'|'sv'|'en',
 *                   board: 'plenary'|'group', group: number (group boards only),
 *                   createdAt: number (ms) }  written once by the server when it seeds the board
 *   notes: Y.Map<noteId, Y.Map> with per note
 *          text: Y.Text, placement: { cell, key } (one value, so a move is atomic),
 *          colour, kind, createdAt (ms), deleted: boolean (soft delete, so restore is an edit)
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

export type NoteView = {
  readonly id: NoteId;
  readonly text: string;
  readonly cell: CellId;
  readonly key: string;
  readonly colour: NoteColour;
  readonly kind: NoteKind;
  readonly createdAt: number;
  readonly deleted: boolean;
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
  const note = notesMap(doc).get(id);
  return note instanceof Y.Map ? toView(id, note) : undefined;
}

function toView(id: string, note: NoteMap): NoteView | undefined {
  const text = note.get('text');
  const placement = note.get('placement');
  if (!isNoteId(id) || !(text instanceof Y.Text) || !isPlacement(placement)) return undefined;
  const colour = note.get('colour');
  const kind = note.get('kind');
  return {
    id,
    text: text.toString(),
    cell: placement.cell,
    key: placement.key,
    colour: isNoteColour(colour) ? colour : DEFAULT_NOTE_COLOUR,
    kind: isNoteKind(kind) ? kind : DEFAULT_NOTE_KIND,
    createdAt: Number(note.get('createdAt') ?? 0),
    deleted: note.get('deleted') === true,
  };
}

/** Every well-formed note, deleted ones included. */
export function readAllNotes(doc: Y.Doc): NoteView[] {
  const views: NoteView[] = [];
  notesMap(doc).forEach((note, id) => {
    const view = note instanceof Y.Map ? toView(id, note) : undefined;
    if (view) views.push(view);
  });
  return views;
}

/** The strict order inside a cell: by fractional key, ties broken by note id. */
export function compareNotes(a: Pick<NoteView, 'key' | 'id'>, b: Pick<NoteView, 'key' | 'id'>): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The live (not deleted) notes of one cell in order. */
export function notesInCell(doc: Y.Doc, cell: CellId): NoteView[] {
  return readAllNotes(doc)
    .filter((note) => !note.deleted && note.cell === cell)
    .sort(compareNotes);
}

/** All live notes grouped by cell, each cell in order; every cell is present. */
export function notesByCell(doc: Y.Doc): Map<CellId, NoteView[]> {
  const byCell = new Map<CellId, NoteView[]>(CELL_IDS.map((cell) => [cell, []]));
  for (const note of readAllNotes(doc)) {
    if (!note.deleted) byCell.get(note.cell)?.push(note);
  }
  for (const list of byCell.values()) list.sort(compareNotes);
  return byCell;
}
