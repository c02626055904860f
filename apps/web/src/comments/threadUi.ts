import type { NoteId } from '@avaa/board-model';
import { create } from 'zustand';

/**
 * Which note's comment thread is open on this device (session state, one at a time), and the
 * control that opened it, which takes focus back when it closes.
 */
type ThreadUi = {
  readonly note: NoteId | null;
  readonly opener: HTMLElement | null;
  open(note: NoteId, opener: HTMLElement | null): void;
  close(): void;
};

export const useThreadUi = create<ThreadUi>()((set) => ({
  note: null,
  opener: null,
  open: (note, opener) => set({ note, opener }),
  close: () => set({ note: null, opener: null }),
}));
