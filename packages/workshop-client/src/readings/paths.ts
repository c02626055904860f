import { notesMap, type PathView, pathsMap, readPaths } from '@avaa/board-model';
import { deriveReading, type Reading } from '@avaa/sync-client';
import type * as Y from 'yjs';

const readings = new WeakMap<Y.Doc, Reading<readonly PathView[]>>();

/**
 * The board's live paths, oldest first, read after a change to the paths or the notes (a step
 * shows its note's text, and a deleted note turns its step into a missing service). An unchanged
 * path keeps its object and an unchanged list its array, so memoised lanes skip re-rendering.
 */
export function pathsReading(doc: Y.Doc): Reading<readonly PathView[]> {
  const known = readings.get(doc);
  if (known) return known;
  const created = deriveReading<readonly PathView[]>({
    compute: () => readPaths(doc),
    share: sharePaths,
    watch(changed) {
      const paths = pathsMap(doc);
      const notes = notesMap(doc);
      paths.observeDeep(changed);
      notes.observeDeep(changed);
      return () => {
        paths.unobserveDeep(changed);
        notes.unobserveDeep(changed);
      };
    },
    watching: 'always',
  });
  readings.set(doc, created);
  return created;
}

export function sharePaths(previous: readonly PathView[], next: readonly PathView[]): readonly PathView[] {
  const before = new Map(previous.map((path) => [path.id, path]));
  const shared = next.map((path) => {
    const old = before.get(path.id);
    return old && JSON.stringify(old) === JSON.stringify(path) ? old : path;
  });
  const same = shared.length === previous.length && shared.every((path, i) => path === previous[i]);
  return same ? previous : shared;
}
