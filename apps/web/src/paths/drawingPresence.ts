import type { PathId } from '@avaa/board-model';
import {
  type DrawersByPath,
  NO_DRAWERS_READING,
  type Peer,
  type PresenceWriter,
  type Reading,
} from '@avaa/workshop-client';
import { createContext, useContext, useEffect } from 'react';
import { useReading } from '../client/useReading.ts';
import type { PathUiStore } from './pathUi.ts';

/** Tells the others which path I am drawing, as the note I edit is told (presence, never stored). */
export function usePresenceOfDrawing(store: PathUiStore, presence: PresenceWriter | null): void {
  useEffect(() => {
    if (!presence) return;
    const publish = () => presence.update({ drawing: store.getState().drawing });
    publish();
    return store.subscribe((state, previous) => {
      if (state.drawing !== previous.drawing) publish();
    });
  }, [store, presence]);
}

/** Who else draws which path on this board (OpenBoard provides the board's reading). */
export const PathDrawersContext = createContext<Reading<DrawersByPath>>(NO_DRAWERS_READING);

const NOBODY: readonly Peer[] = [];

/** The others drawing `path` now, in a stable order. */
export function useDrawersOf(path: PathId): readonly Peer[] {
  return useReading(useContext(PathDrawersContext)).get(path) ?? NOBODY;
}
