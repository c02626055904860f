import type { NoteId } from '@avaa/board-model';
import { createContext, useContext } from 'react';

/** What a note on the common table needs to show and take dots. */
export type NoteVoting =
  | {
      readonly mode: 'open';
      /** My dots per note; null when this screen cannot vote (not a person, or read-only). */
      readonly mine: ReadonlyMap<NoteId, number> | null;
      readonly left: number;
      place(note: NoteId): void;
      takeBack(note: NoteId): void;
    }
  | { readonly mode: 'results'; readonly totals: ReadonlyMap<NoteId, number> };

/** The bar's "no dots left" text, which also tells why the notes' "place a dot" buttons are off. */
export const NONE_LEFT_ID = 'vote-none-left';

export const VoteContext = createContext<NoteVoting | null>(null);

export function useNoteVoting(): NoteVoting | null {
  return useContext(VoteContext);
}
