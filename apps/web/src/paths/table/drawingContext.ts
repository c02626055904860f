import type { NoteId, NoteView, PhaseId } from '@avaa/board-model';
import { createContext, useContext } from 'react';
import { type StoreApi, useStore } from 'zustand';
import type { NoteMark } from './pathMarks.ts';

/** What the table's parts use while a path is drawn: a pick, a missing service, the words said. */
export type Drawing = {
  /** Adds the note as the drawn path's next step (or says why not). */
  readonly pick: (note: NoteView) => void;
  /** Opens the banner's missing-service form on `phase`. */
  readonly askMissing: (phase: PhaseId) => void;
};

/** Null while no path is drawn (or outside a board): a note's text then edits it, as ever. */
export const DrawingContext = createContext<Drawing | null>(null);

export function useDrawing(): Drawing | null {
  return useContext(DrawingContext);
}

/** Each note's path marks, in a store so that a note re-renders only when its own marks change. */
export type MarksStore = StoreApi<ReadonlyMap<NoteId, readonly NoteMark[]>>;

export const MarksContext = createContext<MarksStore | null>(null);

const NO_MARKS: readonly NoteMark[] = [];
const EMPTY_STORE: MarksStore = {
  getState: () => new Map(),
  getInitialState: () => new Map(),
  setState: () => undefined,
  subscribe: () => () => undefined,
};

/** The marks of one note (none outside a board with paths). */
export function useNoteMarks(note: NoteId): readonly NoteMark[] {
  const store = useContext(MarksContext) ?? EMPTY_STORE;
  return useStore(store, (marks) => marks.get(note) ?? NO_MARKS);
}

/** Whether a shown path goes through the note (its markers then need room on its top edge). */
export function useOnPath(note: NoteId): boolean {
  return useNoteMarks(note).length > 0;
}
