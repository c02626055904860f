import { docReading } from '@avaa/workshop-client';
import type * as Y from 'yjs';
import { useReading } from '../client/useReading.ts';

/**
 * A plain-data reading of a small Y.Doc (see `docReading`): the same object until its JSON
 * changes. `read` must be a stable function (module level or memoised).
 */
export function useDocSnapshot<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  return useReading(docReading(doc, read));
}
