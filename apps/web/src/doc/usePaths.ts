import type { PathView } from '@avaa/board-model';
import { pathsReading } from '@avaa/workshop-client';
import type * as Y from 'yjs';
import { useReading } from '../client/useReading.ts';

/** The board's live service paths, oldest first (see `pathsReading`: unchanged paths keep their objects). */
export function usePaths(doc: Y.Doc): readonly PathView[] {
  return useReading(pathsReading(doc));
}
