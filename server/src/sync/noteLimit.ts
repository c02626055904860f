import { notesMap } from '@avaa/board-model';
import { type DecodedUpdate, Item, knownClock, storedItem } from '@avaa/board-model/yjs-internals';
import type * as Y from 'yjs';

/**
 * Notes one board holds at most. A full day's common table has a few hundred; merging 30 groups'
 * boards into it stays below this. Past it a change adding notes is dropped, like a reader's.
 */
export const MAX_NOTES_PER_BOARD = 2000;

export type DecodedStructs = DecodedUpdate['structs'];

/** Whether applying these structs would put more than `max` notes on the board. */
export function exceedsNoteLimit(doc: Y.Doc, structs: DecodedStructs, max = MAX_NOTES_PER_BOARD): boolean {
  return exceedsRootLimit(doc, notesMap(doc), 'notes', structs, max);
}

/**
 * Whether applying these structs would put more than `max` keys into the root map `name` (a
 * note, a path is one key). A new key arrives as an item whose parent is the root type's name,
 * and a key set again (a deleted entry brought back) as an item whose left origin is the key's
 * previous item. Keys already live are not counted twice.
 */
export function exceedsRootLimit<T>(
  doc: Y.Doc,
  root: Y.Map<T>,
  name: string,
  structs: DecodedStructs,
  max: number,
): boolean {
  const added = new Set<string>();
  for (const struct of structs) {
    if (!(struct instanceof Item) || struct.deleted) continue;
    const key = rootKey(doc, root, name, struct);
    if (key !== undefined && !root.has(key)) added.add(key);
  }
  return added.size > 0 && root.size + added.size > max;
}

function rootKey<T>(doc: Y.Doc, root: Y.Map<T>, name: string, item: Item): string | undefined {
  if ((item.parent as unknown) === name && typeof item.parentSub === 'string') return item.parentSub;
  const origin = item.origin;
  if (item.parent !== null || origin === null || knownClock(doc, origin.client) <= origin.clock) return undefined;
  const previous = storedItem(doc, origin);
  return previous instanceof Item && previous.parent === root && typeof previous.parentSub === 'string'
    ? previous.parentSub
    : undefined;
}
