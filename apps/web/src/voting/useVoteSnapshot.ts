import { type NoteDots, type NoteId, readNote } from '@avaa/board-model';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { type ResultRow, readVoteState, resultRows, type VoteState } from './voteView.ts';

export type VoteSnapshot = {
  readonly state: VoteState;
  /** The results list of the open vote (the facilitator's live tally) or of the closed one. */
  readonly rows: readonly ResultRow[];
};

export function readVoteSnapshot(doc: Y.Doc): VoteSnapshot {
  const state = readVoteState(doc);
  const vote = state.open ?? state.results;
  return { state, rows: vote ? resultRows(vote.perNote, (note) => noteText(doc, note)) : [] };
}

/** A note's text while it is on the board; undefined once it is deleted or gone. */
export function noteText(doc: Y.Doc, note: NoteId): string | undefined {
  const view = readNote(doc, note);
  return view && !view.deleted ? view.text : undefined;
}

/** The common table's votes, read live. */
export function useVoteSnapshot(doc: Y.Doc): VoteSnapshot {
  return useDocSnapshot(doc, readVoteSnapshot);
}

/** What notes show of the votes: which vote is open, or the closed one's counts (not the open tally). */
export type NoteVoteState = {
  readonly openId: string | null;
  readonly dotsPerPerson: number;
  readonly results: { readonly id: string; readonly perNote: readonly NoteDots[] } | null;
};

export function readNoteVoteState(doc: Y.Doc): NoteVoteState {
  const { open, results } = readVoteState(doc);
  return {
    openId: open?.id ?? null,
    dotsPerPerson: open?.dotsPerPerson ?? 0,
    results: results ? { id: results.id, perNote: results.perNote } : null,
  };
}

/**
 * A reading that stays the same object while unchanged, so the notes re-render only when the
 * vote opens or closes, not for every dot someone else places.
 */
export function useNoteVoteState(doc: Y.Doc): NoteVoteState {
  return useDocSnapshot(doc, readNoteVoteState);
}
