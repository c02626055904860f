import { pathsByNote } from '@avaa/board-model';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { usePaths } from '../doc/usePaths.ts';
import {
  type Lane,
  laneLayout,
  type PhaseSummary,
  phaseSummaries,
  type SharedService,
  sharedServices,
} from './lanes.ts';

export type PathLanesData = {
  readonly lanes: readonly Lane[];
  readonly summaries: readonly PhaseSummary[];
  readonly shared: readonly SharedService[];
};

/** The board's live paths as lanes, with the per-phase summary and the services many rely on. */
export function usePathLanes(doc: Y.Doc): PathLanesData {
  const paths = usePaths(doc);
  return useMemo(() => {
    const lanes = laneLayout(paths);
    // `paths` is a new list whenever a path or a note it shows changes: read the notes with it.
    return { lanes, summaries: phaseSummaries(lanes), shared: sharedServices(lanes, pathsByNote(doc)) };
  }, [doc, paths]);
}
