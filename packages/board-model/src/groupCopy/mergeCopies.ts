import type * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { type NoteColour, type NoteKind, notesMap, readAllNotes, readNote, sourceKey } from '../schema.ts';
import type { CellId } from '../template.ts';
import { normalizeNoteText } from '../validation.ts';
import { type CopiedFrom, copyNoteId, readCopiedFrom } from './copyTable.ts';

/** A copy as the group has it now (text normalised). */
export type CopyNow = {
  readonly text: string;
  readonly cell: CellId;
  readonly colour: NoteColour;
  readonly kind: NoteKind;
};

/** The fields of a copy the group changed, with their new values. */
export type CopyChanges = Partial<CopyNow>;

/**
 * What the merge does with a copy of a common note that has no merge recorded yet:
 * - 'unchanged': the group left it as copied; nothing comes back.
 * - 'follow': the original takes the group's changes (the plenary has not changed it since the copy,
 *   and no other group's copy changed it in this merge).
 * - 'add': it comes back as a new merged note, beside the original (the original changed meanwhile,
 *   was deleted or stacked, or another group changed it first).
 */
export type CopyDecision =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'follow'; readonly original: NoteId; readonly changes: CopyChanges }
  | { readonly kind: 'add' };

const FIELDS = ['text', 'cell', 'colour', 'kind'] as const;

/**
 * The copy's snapshot, read from group `group`'s board. Only a note under the id the copy of its
 * original gets (`copyNoteId`) counts as a copy: an entry carried elsewhere, or a `copiedFrom`
 * written onto another note, is an ordinary group note.
 */
export function copiedFrom(doc: Y.Doc, group: number, note: NoteId): CopiedFrom | undefined {
  const snapshot = readCopiedFrom(notesMap(doc).get(note));
  return snapshot && copyNoteId(group, snapshot.note) === note ? snapshot : undefined;
}

/**
 * Decides one copy. `claimed` holds the originals that copies earlier in this merge follow; a
 * second group's different change to the same original then comes back beside it, so no group's
 * change overwrites another's.
 */
export function decideCopy(common: Y.Doc, snapshot: CopiedFrom, now: CopyNow, claimed: Set<NoteId>): CopyDecision {
  const was: CopyNow = { ...snapshot, text: normalizeNoteText(snapshot.text) };
  const changed = FIELDS.filter((field) => now[field] !== was[field]);
  if (changed.length === 0) return { kind: 'unchanged' };
  const original = readNote(common, snapshot.note);
  if (!original || original.deleted || original.stackedInto !== undefined || claimed.has(original.id))
    return { kind: 'add' };
  const current: CopyNow = { ...original, text: normalizeNoteText(original.text) };
  if (FIELDS.some((field) => current[field] !== was[field])) return { kind: 'add' };
  claimed.add(original.id);
  const changes: CopyChanges = {};
  for (const field of changed) Object.assign(changes, { [field]: now[field] });
  return { kind: 'follow', original: original.id, changes };
}

/** A common note whose copy the group deleted or stacked away: the merge leaves the original as it is. */
export type RemovedCopy = {
  readonly group: number;
  /** The original on the common table. */
  readonly note: NoteId;
  /** What the original said when copied. */
  readonly text: string;
};

/**
 * The originals whose copy on this group's board is no longer shown and never came back by a merge
 * (`recorded` holds the merged source keys): reported, never deleted, as the plenary decides.
 */
export function removedCopies(group: number, doc: Y.Doc, recorded: ReadonlySet<string>): RemovedCopy[] {
  return readAllNotes(doc).flatMap((note) => {
    if (!note.deleted && note.stackedInto === undefined) return [];
    if (recorded.has(sourceKey(group, note.id))) return [];
    const snapshot = copiedFrom(doc, group, note.id);
    return snapshot ? [{ group, note: snapshot.note, text: snapshot.text }] : [];
  });
}
