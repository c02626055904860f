import type * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { ok, type Result } from '../result.ts';
import type { NoteView } from '../schema.ts';
import { settingsMap } from '../workshop/schema.ts';

/** How long the server keeps a deleted note's text before erasing it: a week, to undo a mass delete. */
export const DELETED_NOTE_GRACE_MS = 7 * 24 * 60 * 60 * 1000;

/** The facilitator's choice, one value in the workshop's settings map; absent means off. */
const ANYONE_DELETES_KEY = 'commonTableAnyoneDeletes';

/** Whether the facilitator lets participants delete each other's notes on the common table. */
export function readCommonTableAnyoneDeletes(workshopDoc: Y.Doc): boolean {
  return settingsMap(workshopDoc).get(ANYONE_DELETES_KEY) === true;
}

export function setCommonTableAnyoneDeletes(workshopDoc: Y.Doc, allowed: boolean): Result {
  if (readCommonTableAnyoneDeletes(workshopDoc) !== allowed) settingsMap(workshopDoc).set(ANYONE_DELETES_KEY, allowed);
  return ok();
}

/**
 * The one rule, read by the server on every participant's write to the common table and by the
 * UI: there a participant deletes only the notes they wrote (`createdBy`), unless the facilitator
 * lets everyone. The common table is everyone's merged work; a group board is the group's draft,
 * where members tidy each other's duplicates. A note without `createdBy` (merged, or older) is
 * nobody's own. The facilitator deletes anything.
 */
export function mayDeleteOnCommonTable(
  createdBy: PersonId | string | undefined,
  writer: PersonId | undefined,
  anyoneDeletes: boolean,
): boolean {
  return anyoneDeletes || (writer !== undefined && createdBy === writer);
}

export type Deleter =
  | { readonly role: 'facilitator' }
  | { readonly role: 'participant'; readonly person: PersonId | undefined; readonly anyoneDeletes: boolean };

/** Whether `deleter` may delete `note` on a board of this kind (the UI's question). */
export function mayDeleteNote(
  note: Pick<NoteView, 'createdBy'>,
  board: 'plenary' | 'group',
  deleter: Deleter,
): boolean {
  if (deleter.role === 'facilitator' || board === 'group') return true;
  return mayDeleteOnCommonTable(note.createdBy, deleter.person, deleter.anyoneDeletes);
}
