import { type BoardMeta, metaMap, readMeta } from '@avaa/board-model';
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** The board's metadata once the server's seed has arrived (the client never writes it). */
export function useMeta(doc: Y.Doc): BoardMeta | undefined {
  const source = useMemo(() => {
    let snapshot = readMeta(doc);
    return {
      subscribe(listener: () => void) {
        const onChange = () => {
          const next = readMeta(doc);
          if (next?.title !== snapshot?.title || next?.language !== snapshot?.language) snapshot = next;
          listener();
        };
        metaMap(doc).observe(onChange);
        onChange();
        return () => metaMap(doc).unobserve(onChange);
      },
      getSnapshot: () => snapshot,
    };
  }, [doc]);
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}
