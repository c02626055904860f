import { type NoteMap, notesMap } from '@avaa/board-model';
import { type DecodedUpdate, Item, knownClock, storedItem } from '@avaa/board-model/yjs-internals';
import type * as Y from 'yjs';

/**
 * Notes one board holds at most. A full day's common table has a few hundred; merging 30 groups'
 * boards into it stays below this. Past it a change adding notes is dropped, like a reader's.
 */
export const MAX_NOTES_PER_BOARD = 2000;

type DecodedStructs = DecodedUpdate['structs'];

/**
 * Whether applying these structs would put more than `max` notes on the board. A note is a key
 * of the root `notes` map: a new key arrives as an item whose parent is the root type's name,
 * and a key set again (a deleted note brought back) as an item whose left origin is the key's
 * previous item. Keys already live on the board are not counted twice.
 */
export function exceedsNoteLimit(doc: Y.Doc, structs: DecodedStructs, max = MAX_NOTES_PER_BOARD): boolean {
  const notes = notesMap(doc);
  const added = new Set<string>();
  for (const struct of structs) {
    if (!(struct instanceof Item) || struct.deleted) continue;
    const key = noteKey(doc, notes, struct);
    if (key !== undefined && !notes.has(key)) added.add(key);
  }
  return added.size > 0 && notes.size + added.size > max;
}

function noteKey(doc: Y.Doc, notes: Y.Map<NoteMap>, item: Item): string | undefined {
  if ((item.parent as unknown) === 'notes' && typeof item.parentSub === 'string') return item.parentSub;
  const origin = item.origin;
  if (item.parent !== null || origin === null || knownClock(doc, origin.client) <= origin.clock) return undefined;
  const previous = storedItem(doc, origin);
  return previous instanceof Item && previous.parent === notes && typeof previous.parentSub === 'string'
    ? previous.parentSub
    : undefined;
}
