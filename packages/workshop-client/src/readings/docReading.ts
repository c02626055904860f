import { deriveReading, type Reading } from '@avaa/sync-client';
import type * as Y from 'yjs';

const readings = new WeakMap<Y.Doc, WeakMap<(doc: Y.Doc) => unknown, Reading<unknown>>>();

/**
 * A plain-data reading of a small Y.Doc (the workshop's people, groups, settings, timer; a
 * board's meta): re-read on every transaction while someone listens, and the same object until
 * its JSON differs, so React re-renders only on real changes. One reading per document and
 * `read`, so `read` must be a stable function (module level or memoised).
 */
export function docReading<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): Reading<T> {
  let byRead = readings.get(doc);
  if (!byRead) {
    byRead = new WeakMap();
    readings.set(doc, byRead);
  }
  const known = byRead.get(read);
  if (known) return known as Reading<T>;
  const created = deriveReading<T>({
    compute: () => read(doc),
    share: (previous, next) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next),
    watch(changed) {
      doc.on('update', changed);
      return () => doc.off('update', changed);
    },
    watching: 'whileSubscribed',
    notify: 'onNewSnapshot',
  });
  byRead.set(read, created as Reading<unknown>);
  return created;
}
