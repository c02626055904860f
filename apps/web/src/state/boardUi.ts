import type { CellId, NoteId } from '@avaa/board-model';
import { createContext, useContext } from 'react';
import { createStore, type StoreApi, useStore } from 'zustand';

/**
 * Session state of one open board: what this person is doing right now. Local only, never in
 * the Y.Doc (the notes themselves are read from the document).
 */
export type Editing =
  /** Editing an existing note in place. */
  | { readonly kind: 'existing'; readonly noteId: NoteId }
  /**
   * A new note typed into a cell. It enters the document with its first valid character
   * (`noteId` is then set), and its editor stays where it was until editing ends.
   */
  | { readonly kind: 'new'; readonly cell: CellId; readonly noteId: NoteId | null };

export type Toast = {
  readonly id: number;
  readonly message: string;
  readonly action?: { readonly label: string; readonly run: () => void };
};

export type BoardUiState = {
  readonly editing: Editing | null;
  readonly openMenu: NoteId | null;
  readonly toasts: readonly Toast[];
  /** My dot changes not stored yet (voting/myDots.ts): the save indicator counts them too. */
  readonly unsavedDots: number;
  edit(editing: Editing | null): void;
  toggleMenu(noteId: NoteId | null): void;
  showToast(toast: Omit<Toast, 'id'>): void;
  dismissToast(id: number): void;
  setUnsavedDots(count: number): void;
};

export type BoardUiStore = StoreApi<BoardUiState>;

const MAX_TOASTS = 3;

export function createBoardUiStore(): BoardUiStore {
  let nextToastId = 1;
  return createStore<BoardUiState>()((set) => ({
    editing: null,
    openMenu: null,
    toasts: [],
    unsavedDots: 0,
    edit: (editing) => set({ editing, openMenu: null }),
    toggleMenu: (noteId) => set((state) => ({ openMenu: state.openMenu === noteId ? null : noteId })),
    showToast: (toast) =>
      set((state) => ({ toasts: [...state.toasts, { ...toast, id: nextToastId++ }].slice(-MAX_TOASTS) })),
    dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
    setUnsavedDots: (unsavedDots) => set({ unsavedDots }),
  }));
}

export const BoardUiContext = createContext<BoardUiStore | null>(null);

export function useBoardUi<T>(selector: (state: BoardUiState) => T): T {
  const store = useContext(BoardUiContext);
  if (!store) throw new Error('useBoardUi outside a board');
  return useStore(store, selector);
}
