import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { cryptoRandom, type NoteId, newNoteId, type RandomSource } from '../ids.ts';
import { fail, ok, type Result } from '../result.ts';
import {
  DEFAULT_NOTE_COLOUR,
  DEFAULT_NOTE_KIND,
  isNoteColour,
  isNoteKind,
  type NoteColour,
  type NoteKind,
  notesMap,
} from '../schema.ts';
import { type CellId, isCellId } from '../template.ts';
import { normalizeNoteText, validateNoteText } from '../validation.ts';
import { keyForPosition, type Position } from './position.ts';

export type NewNote = {
  readonly text: string;
  readonly colour?: NoteColour;
  readonly kind?: NoteKind;
  readonly position?: Position;
  /** Who writes it: on the common table a participant may delete only their own notes. */
  readonly createdBy?: PersonId;
};

export type OperationOptions = {
  /** Seeded in tests; ids and key tails come from it. */
  readonly random?: RandomSource;
  /** Clock in ms; injectable for deterministic tests. */
  readonly now?: () => number;
};

export function createNote(doc: Y.Doc, cell: CellId, note: NewNote, options: OperationOptions = {}): Result<NoteId> {
  if (!isCellId(cell)) return fail('unknown-cell');
  const text = normalizeNoteText(note.text);
  const valid = validateNoteText(text);
  if (!valid.ok) return valid;
  const colour = note.colour ?? DEFAULT_NOTE_COLOUR;
  const kind = note.kind ?? DEFAULT_NOTE_KIND;
  if (!isNoteColour(colour)) return fail('unknown-colour');
  if (!isNoteKind(kind)) return fail('unknown-kind');
  const random = options.random ?? cryptoRandom;
  const id = newNoteId(random);
  doc.transact(() => {
    const key = keyForPosition(doc, cell, note.position ?? 'end', undefined, random);
    const entry = new Y.Map<unknown>();
    entry.set('text', new Y.Text(text));
    entry.set('placement', { cell, key });
    entry.set('colour', colour);
    entry.set('kind', kind);
    entry.set('createdAt', (options.now ?? Date.now)());
    entry.set('deleted', false);
    if (note.createdBy !== undefined) entry.set('createdBy', note.createdBy);
    notesMap(doc).set(id, entry);
  });
  return ok(id);
}
