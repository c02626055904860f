import { createContext, useContext } from 'react';
import type { BoardContextValue } from '../board/BoardContext.ts';

/**
 * This person's private notes for the open board (private writing): the board context their
 * notes are shown and edited in (the private document), and whether new notes go there now.
 * Null where there is nothing private: not a participant, or nothing on and nothing unrevealed.
 */
export type PrivateBoardValue = { readonly board: BoardContextValue; readonly writing: boolean };

export const PrivateBoardContext = createContext<PrivateBoardValue | null>(null);

export function usePrivateBoard(): PrivateBoardValue | null {
  return useContext(PrivateBoardContext);
}
