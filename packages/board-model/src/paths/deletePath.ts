import type * as Y from 'yjs';
import { fail, ok, type Result } from '../result.ts';
import { livePathEntry, type PathId } from './pathSchema.ts';

/**
 * Soft delete, as notes: the path stays in the document with `deleted: true`, so undo brings it
 * back with its steps, a concurrent edit of it is not lost, and a merge does not bring a merged
 * path back that the plenary deleted.
 */
export function deletePath(doc: Y.Doc, id: PathId, options: { readonly now?: () => number } = {}): Result {
  const entry = livePathEntry(doc, id);
  if (!entry) return fail('unknown-path');
  doc.transact(() => {
    entry.set('deleted', true);
    entry.set('deletedAt', (options.now ?? Date.now)());
  });
  return ok();
}
