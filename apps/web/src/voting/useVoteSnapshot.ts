import { type NoteDots, type NoteId, type PersonId, readNote } from '@avaa/board-model';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { type MyDots, myDots, type ResultRow, readVoteState, resultRows, type VoteState } from './voteView.ts';

export type VoteSnapshot = {
  readonly state: VoteState;
  /** My dots in the open vote; undefined when this screen cannot vote. */
  readonly mine: MyDots | undefined;
  /** The results list of the open vote (the facilitator's live tally) or of the closed one. */
  readonly rows: readonly ResultRow[];
};

export function readVoteSnapshot(doc: Y.Doc, person: PersonId | null): VoteSnapshot {
  const state = readVoteState(doc);
  const vote = state.open ?? state.results;
  return {
    state,
    mine: myDots(doc, state.open, person),
    rows: vote ? resultRows(vote.perNote, (note) => noteText(doc, note)) : [],
  };
}

/** A note's text while it is on the board; undefined once it is deleted or gone. */
export function noteText(doc: Y.Doc, note: NoteId): string | undefined {
  const view = readNote(doc, note);
  return view && !view.deleted ? view.text : undefined;
}

/** The common table's votes, read live, as this person sees them. */
export function useVoteSnapshot(doc: Y.Doc, person: PersonId | null): VoteSnapshot {
  const read = useCallback((current: Y.Doc) => readVoteSnapshot(current, person), [person]);
  return useDocSnapshot(doc, read);
}

/** What notes show of the votes: which vote is open, or the closed one's counts (not the open tally). */
export type NoteVoteState = {
  readonly openId: string | null;
  readonly results: { readonly id: string; readonly perNote: readonly NoteDots[] } | null;
};

export function readNoteVoteState(doc: Y.Doc): NoteVoteState {
  const { open, results } = readVoteState(doc);
  return { openId: open?.id ?? null, results: results ? { id: results.id, perNote: results.perNote } : null };
}

/**
 * Readings that stay the same object while unchanged, so the notes re-render only when the vote
 * opens or closes or my own dots change, not for every dot someone else places.
 */
export function useNoteVoteState(doc: Y.Doc, person: PersonId | null): { state: NoteVoteState; mine: MyDots | null } {
  const readMine = useCallback(
    (current: Y.Doc) => myDots(current, readVoteState(current).open, person) ?? null,
    [person],
  );
  return { state: useDocSnapshot(doc, readNoteVoteState), mine: useDocSnapshot(doc, readMine) };
}
