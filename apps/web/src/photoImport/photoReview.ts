import {
  type AcceptedPhotoNote,
  CELL_IDS,
  type CellId,
  DEFAULT_NOTE_COLOUR,
  isCellId,
  isNoteColour,
  type NoteColour,
} from '@avaa/board-model';
import type { PhotoNote } from '@avaa/protocol';
import { createContext, useContext } from 'react';
import { createStore, type StoreApi, useStore } from 'zustand';

/**
 * The review of a photo's notes before they are added: the person's decisions on each (add it or
 * not, its cell, colour and text) and the transcription queue. Session state only: nothing here
 * is on the board until `addPhotoNotes` writes the accepted notes.
 */
export type ReviewedNote = {
  readonly found: PhotoNote;
  /** Its number on the review screen, from 1, in the order the server found them. */
  readonly number: number;
  readonly accepted: boolean;
  readonly cell: CellId;
  readonly colour: NoteColour;
  readonly text: string;
  /** The person typed or confirmed the text (in the queue): an unsure reading is then theirs. */
  readonly checked: boolean;
};

/** Below this the text recognition's reading goes to the transcription queue. */
export const SURE_ENOUGH = 0.6;

export type Queue = { readonly keys: readonly string[]; readonly at: number };

export type PhotoReviewState = {
  readonly notes: readonly ReviewedNote[];
  /** The transcription queue while it is open: the notes it walks through and where it is. */
  readonly queue: Queue | null;
  setAccepted(key: string, accepted: boolean): void;
  setCell(key: string, cell: CellId): void;
  setColour(key: string, colour: NoteColour): void;
  setText(key: string, text: string): void;
  openQueue(): void;
  /** Moves in the queue by `step`; past its end the queue closes. */
  step(step: 1 | -1): void;
  closeQueue(): void;
};

export type PhotoReviewStore = StoreApi<PhotoReviewState>;

/** A note the person should look at before adding: flagged, or read unsurely, or not at all. */
export function needsLook(note: ReviewedNote): boolean {
  return note.found.flags.length > 0 || needsText(note);
}

/** A note whose text is still to type or to check: the transcription queue's. */
export function needsText(note: ReviewedNote): boolean {
  return note.text.trim() === '' || (note.found.confidence < SURE_ENOUGH && !note.checked);
}

/** What the person decided on a found note at first: added, unless most of it lies off the table. */
function reviewed(found: PhotoNote, index: number): ReviewedNote {
  const known = isCellId(found.cell);
  return {
    found,
    number: index + 1,
    accepted: known && !found.flags.includes('offTable'),
    cell: known ? (found.cell as CellId) : (CELL_IDS[0] as CellId),
    colour: isNoteColour(found.colour) ? found.colour : DEFAULT_NOTE_COLOUR,
    text: found.text,
    checked: false,
  };
}

export function createPhotoReviewStore(found: readonly PhotoNote[]): PhotoReviewStore {
  return createStore<PhotoReviewState>((set) => {
    const change = (key: string, patch: Partial<ReviewedNote>) =>
      set((state) => ({ notes: state.notes.map((note) => (note.found.key === key ? { ...note, ...patch } : note)) }));
    return {
      notes: found.map(reviewed),
      queue: null,
      setAccepted: (key, accepted) => change(key, { accepted }),
      setCell: (key, cell) => change(key, { cell }),
      setColour: (key, colour) => change(key, { colour }),
      setText: (key, text) => change(key, { text, checked: true }),
      openQueue: () => set((state) => ({ queue: { keys: queueOf(state.notes), at: 0 } })),
      step: (step) => set((state) => ({ queue: stepped(state.queue, step) })),
      closeQueue: () => set({ queue: null }),
    };
  });
}

/** The accepted notes still needing their text typed or checked. */
export function queueOf(notes: readonly ReviewedNote[]): string[] {
  return notes.filter((note) => note.accepted && needsText(note)).map((note) => note.found.key);
}

function stepped(queue: Queue | null, step: 1 | -1): Queue | null {
  if (!queue) return null;
  const at = Math.max(0, queue.at + step);
  return at >= queue.keys.length ? null : { ...queue, at };
}

/** The accepted notes as `addPhotoNotes` takes them. */
export function acceptedNotes(notes: readonly ReviewedNote[]): AcceptedPhotoNote[] {
  return notes
    .filter((note) => note.accepted)
    .map(({ found, cell, colour, text }) => ({ key: found.key, cell, colour, text: text.trim(), crop: found.crop }));
}

export const PhotoReviewContext = createContext<PhotoReviewStore | null>(null);

export function usePhotoReview<T>(selector: (state: PhotoReviewState) => T): T {
  const store = useContext(PhotoReviewContext);
  if (!store) throw new Error('usePhotoReview outside a photo review');
  return useStore(store, selector);
}
