import * as Y from 'yjs';
import { isGroupNumber } from '../groupNumber.ts';
import { isNoteId, type NoteId } from '../ids.ts';
import { ORIGINS } from '../origins.ts';
import { derivedId } from '../provenance.ts';
import { fail, ok, type Result } from '../result.ts';
import {
  isNoteColour,
  isNoteKind,
  type NoteColour,
  type NoteKind,
  type NoteMap,
  type NoteView,
  notesByCell,
  notesMap,
} from '../schema.ts';
import { type CellId, isCellId } from '../template.ts';

/**
 * A group board's note copied from the common table when the groups were formed: the original's
 * id and what it said then. The merge compares the copy with this snapshot to bring back only what
 * the group changed. Stored on the copy as `copiedFrom` (one value, written once).
 */
export type CopiedFrom = {
  readonly note: NoteId;
  readonly text: string;
  readonly cell: CellId;
  readonly colour: NoteColour;
  readonly kind: NoteKind;
};

/** What a copy of the table did: notes written now, and those already there (a retry, or another facilitator). */
export type TableCopy = { readonly copied: number; readonly present: number };

/**
 * The id of the copy of `original` on group `group`'s board: derived, so two facilitators copying
 * at once, or a retry, write the same notes instead of doubling them. Prefixed so that it never
 * equals the id the merge derives from the same group and note (`mergedNoteId`).
 */
export function copyNoteId(group: number, original: NoteId): NoteId {
  return derivedId(`copy:${group}:${original}`) as NoteId;
}

/**
 * Writes a copy of the common table's visible notes onto one group's board, in the same cells and
 * order (a stack comes as its head note only: its hidden notes stay on the common table). Copies
 * already there, in whatever state, are left alone, so a copy deleted in the group stays deleted.
 * One transaction with ORIGINS.copyTableToGroup; nothing to copy writes nothing.
 */
export function copyTableToGroup(common: Y.Doc, group: Y.Doc, number: number): Result<TableCopy> {
  if (!isGroupNumber(number)) return fail('group-out-of-range');
  if (group === common) return fail('duplicate-group');
  const notes = notesMap(group);
  const originals = [...notesByCell(common).values()].flat();
  const missing = originals.filter((note) => !notes.has(copyNoteId(number, note.id)));
  if (missing.length > 0) {
    group.transact(() => {
      for (const original of missing) notes.set(copyNoteId(number, original.id), copyOf(original));
    }, ORIGINS.copyTableToGroup);
  }
  return ok({ copied: missing.length, present: originals.length - missing.length });
}

function copyOf(original: NoteView): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  entry.set('text', new Y.Text(original.text));
  // The original's key is a valid key in the same cell of an empty board, and keeps the order.
  entry.set('placement', { cell: original.cell, key: original.key });
  entry.set('colour', original.colour);
  entry.set('kind', original.kind);
  // The original's time, not the copy's: two facilitators copying at once write the same.
  entry.set('createdAt', original.createdAt);
  entry.set('deleted', false);
  const copiedFrom: CopiedFrom = {
    note: original.id,
    text: original.text,
    cell: original.cell,
    colour: original.colour,
    kind: original.kind,
  };
  entry.set('copiedFrom', copiedFrom);
  return entry;
}

/** A note entry's well-formed `copiedFrom`, or undefined (not a copy, or written by a foreign client). */
export function readCopiedFrom(entry: NoteMap | undefined): CopiedFrom | undefined {
  const value = entry?.get('copiedFrom');
  if (typeof value !== 'object' || value === null) return undefined;
  const { note, text, cell, colour, kind } = value as Record<string, unknown>;
  if (!isNoteId(note) || typeof text !== 'string' || !isCellId(cell)) return undefined;
  if (!isNoteColour(colour) || !isNoteKind(kind)) return undefined;
  return { note, text, cell, colour, kind };
}
