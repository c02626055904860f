import type { PathId } from '@avaa/board-model';
import { createContext, useContext } from 'react';
import { createStore, type StoreApi, useStore } from 'zustand';

/**
 * What this person does with the board's service paths right now: which path they are drawing
 * (picking notes on the table adds its steps) and which paths are drawn over the table. Local
 * only: another person's choice never changes my view.
 */
export type PathUiState = {
  /** The path whose steps a pick on the table adds; null when not drawing. */
  readonly drawing: PathId | null;
  /** Paths hidden from the table (all shown by default, new ones too). */
  readonly hidden: ReadonlySet<PathId>;
  /** One path shown alone, overriding `hidden`; null shows every path not hidden. */
  readonly only: PathId | null;
  startDrawing(path: PathId): void;
  stopDrawing(): void;
  toggleShown(path: PathId): void;
  showOnly(path: PathId | null): void;
};

export type PathUiStore = StoreApi<PathUiState>;

/** `only`: a path to show alone from the start (the path view's link to it on the table). */
export function createPathUiStore(only: PathId | null = null): PathUiStore {
  return createStore<PathUiState>()((set) => ({
    drawing: null,
    hidden: new Set(),
    only,
    // The path being drawn is always shown: picking notes for an invisible line helps nobody.
    startDrawing: (path) =>
      set((state) => ({ drawing: path, hidden: without(state.hidden, path), only: state.only && path })),
    stopDrawing: () => set({ drawing: null }),
    toggleShown: (path) =>
      set((state) => ({
        hidden: state.hidden.has(path) ? without(state.hidden, path) : new Set([...state.hidden, path]),
        only: null,
      })),
    showOnly: (only) => set({ only }),
  }));
}

function without(set: ReadonlySet<PathId>, path: PathId): ReadonlySet<PathId> {
  if (!set.has(path)) return set;
  const next = new Set(set);
  next.delete(path);
  return next;
}

let askedToShowOnly: PathId | null = null;

/** The next board page opened shows `path` alone (a link from the path view to one path on the table). */
export function showOnlyOnArrival(path: PathId): void {
  askedToShowOnly = path;
}

/** The path the board page now opening was asked to show alone; asked once. */
export function takeShowOnly(): PathId | null {
  const path = askedToShowOnly;
  askedToShowOnly = null;
  return path;
}

/** Whether `path` is drawn over the table now. */
export function isPathShown(state: Pick<PathUiState, 'hidden' | 'only'>, path: PathId): boolean {
  return state.only === null ? !state.hidden.has(path) : state.only === path;
}

export const PathUiContext = createContext<PathUiStore | null>(null);

export function usePathUi<T>(selector: (state: PathUiState) => T): T {
  const store = useContext(PathUiContext);
  if (!store) throw new Error('usePathUi outside a board');
  return useStore(store, selector);
}
