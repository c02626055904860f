import { create } from 'zustand';

/**
 * Local choices on this screen while a workshop is open; never in a document. `following`:
 * whether this screen goes where the facilitator has everyone look (a new stage, a board or
 * cell shown to everyone, the presenting group); on by default, stepped out of by its switch.
 * `dismissedStacks`: stack proposals the facilitator waved away, by their notes.
 */
type WorkshopUiState = {
  readonly following: boolean;
  readonly dismissedStacks: ReadonlySet<string>;
  setFollowing(following: boolean): void;
  dismissStack(key: string): void;
};

export const useWorkshopUi = create<WorkshopUiState>()((set) => ({
  following: true,
  dismissedStacks: new Set(),
  setFollowing: (following) => set({ following }),
  dismissStack: (key) => set((state) => ({ dismissedStacks: new Set(state.dismissedStacks).add(key) })),
}));
