import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * A plain-data reading of a Y.Doc that stays the same object until the reading changes. For
 * small documents (the workshop's people and groups): every transaction re-reads, and the
 * snapshot is replaced only when its JSON differs, so React re-renders only on real changes.
 * `read` must be a stable function (module level or memoised).
 */
export function useDocSnapshot<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const source = useMemo(() => {
    let snapshot = read(doc);
    let signature = JSON.stringify(snapshot);
    return {
      subscribe(listener: () => void) {
        const onUpdate = () => {
          const next = read(doc);
          const nextSignature = JSON.stringify(next);
          if (nextSignature === signature) return;
          signature = nextSignature;
          snapshot = next;
          listener();
        };
        doc.on('update', onUpdate);
        // The document may have changed between the first render and this subscription.
        onUpdate();
        return () => doc.off('update', onUpdate);
      },
      getSnapshot: () => snapshot,
    };
  }, [doc, read]);
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}
