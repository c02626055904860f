import * as Y from 'yjs';
import { ORIGINS } from '../origins.ts';
import { deletionsMap, notesMap } from '../schema.ts';
import { type Item, typeItem } from '../yjsInternals.ts';

/**
 * The server's record of when it saw notes deleted, for the notes `ids` (the ones a writer just
 * changed): a deleted note without a time gets `now`, a note that is not deleted (restored, or
 * never was) loses its time, so a later delete is dated afresh. A client's own `deletedAt` is only
 * its claim: a far-future one would keep the text for ever, a past one would have it erased at
 * once. Returns how many times were written or removed.
 */
export function recordDeletionTimes(doc: Y.Doc, ids: Iterable<string>, now: number): number {
  const notes = notesMap(doc);
  const times = deletionsMap(doc);
  const dated: string[] = [];
  const undated: string[] = [];
  for (const id of ids) {
    const note = notes.get(id);
    const deleted = note instanceof Y.Map && note.get('deleted') === true;
    if (deleted && !times.has(id)) dated.push(id);
    else if (!deleted && times.has(id)) undated.push(id);
  }
  // Most changes are edits: no transaction at all for them.
  if (dated.length + undated.length === 0) return 0;
  doc.transact(() => {
    for (const id of dated) times.set(id, now);
    for (const id of undated) times.delete(id);
  }, ORIGINS.deletionTime);
  return dated.length + undated.length;
}

/** The notes a transaction changed: entries of the notes map, or something inside one. */
export function notesChangedBy(transaction: Y.Transaction): Set<string> {
  return entriesChangedBy(transaction, notesMap(transaction.doc));
}

/** The entries of a root map (notes, paths) a transaction changed, or changed something inside. */
export function entriesChangedBy<T>(transaction: Y.Transaction, rootMap: Y.Map<T>): Set<string> {
  const root: unknown = rootMap;
  const ids = new Set<string>();
  for (const [type, keys] of transaction.changed) {
    if (type === root) for (const key of keys) if (key !== null) ids.add(key);
    const id = entryOf(typeItem(type), root);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** The key of the root's entry a changed type (a note's map, its text, a path's steps) sits in. */
function entryOf(start: Item | null, root: unknown): string | undefined {
  let item = start;
  while (item) {
    const parent: unknown = item.parent;
    if (!(parent instanceof Y.AbstractType)) return undefined;
    if (parent === root) return item.parentSub ?? undefined;
    item = typeItem(parent);
  }
  return undefined;
}
