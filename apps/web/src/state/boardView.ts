import { create } from 'zustand';
import type { KindFilter } from '../gaps/cellStats.ts';

/** The table as a grid of cells, or as a list (phase, dimension, notes) read from top to bottom. */
export type BoardLayout = 'table' | 'outline';

/**
 * How this screen shows the boards: as a table or a list, the heat view, the kind filter and whether a closed vote's
 * results are shown. Local choices of one person, shared by all the workshop's boards while the
 * page is open; never in a document.
 */
type BoardViewState = {
  readonly layout: BoardLayout;
  readonly heat: boolean;
  readonly kindFilter: KindFilter;
  /** Whether notes of other kinds are hidden rather than dimmed. */
  readonly hideOthers: boolean;
  /** Closed votes whose results this person put away (they show on every screen by default). */
  readonly hiddenResults: ReadonlySet<string>;
  setLayout(layout: BoardLayout): void;
  setHeat(heat: boolean): void;
  setKindFilter(filter: KindFilter): void;
  setHideOthers(hide: boolean): void;
  setResultsHidden(vote: string, hidden: boolean): void;
};

export const useBoardView = create<BoardViewState>()((set) => ({
  layout: 'table',
  heat: false,
  kindFilter: 'all',
  hideOthers: false,
  hiddenResults: new Set(),
  setLayout: (layout) => set({ layout }),
  setHeat: (heat) => set({ heat }),
  setKindFilter: (kindFilter) => set({ kindFilter }),
  setHideOthers: (hideOthers) => set({ hideOthers }),
  setResultsHidden: (vote, hidden) =>
    set((state) => {
      const next = new Set(state.hiddenResults);
      if (hidden) next.add(vote);
      else next.delete(vote);
      return { hiddenResults: next };
    }),
}));
