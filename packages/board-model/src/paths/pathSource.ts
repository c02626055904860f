import type * as Y from 'yjs';
import { isGroupNumber } from '../groupNumber.ts';
import { derivedId } from '../provenance.ts';
import { isPathId, type PathId, type PathSource } from './pathSchema.ts';

/**
 * The id a group's path gets on the common table: derived from `path:<group>:<sourcePathId>` as
 * a merged note's is from its source key, so facilitators merging at the same time write the
 * same path (one Y.Map wins) instead of two copies. Its steps keep their ids: they are unique
 * within the path, and a step merged again is found by its id.
 */
export function mergedPathId(group: number, path: PathId): PathId {
  return derivedId(`path:${group}:${path}`) as PathId;
}

/** A path's recorded source, or null for a path drawn on this board (or a malformed record). */
export function readPathSource(entry: Y.Map<unknown>): PathSource | null {
  const source = entry.get('source');
  if (typeof source !== 'object' || source === null) return null;
  const { group, path } = source as Record<string, unknown>;
  return isGroupNumber(group) && isPathId(path) ? { group, path } : null;
}
