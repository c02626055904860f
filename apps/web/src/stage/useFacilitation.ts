import { type Focus, readFocus, readStage, type Stage } from '@avaa/board-model';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';

/** The workshop's current stage, live. */
export function useStage(workshopDoc: Y.Doc): Stage {
  return useDocSnapshot(workshopDoc, readStage);
}

/** The board (and cell) the facilitator shows everyone, live; null when none. */
export function useFocus(workshopDoc: Y.Doc): Focus | null {
  return useDocSnapshot(workshopDoc, readFocus);
}
