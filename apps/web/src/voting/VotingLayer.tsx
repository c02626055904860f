import { type NoteId, placeDot, takeBackDot } from '@avaa/board-model';
import { type ReactNode, useMemo } from 'react';
import type * as Y from 'yjs';
import { useT } from '../i18n/index.ts';
import { useBoardUi } from '../state/boardUi.ts';
import { useBoardView } from '../state/boardView.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { useNoteVoteState, useVoteSnapshot } from './useVoteSnapshot.ts';
import { VoteBar } from './VoteBar.tsx';
import { type NoteVoting, VoteContext } from './VoteContext.ts';
import { dotsByNote, totalsByNote } from './voteView.ts';
import './voting.css';

/**
 * Dot voting on the common table: the bar above the table and, for the notes below, what each
 * may show (my dots while a vote is open; everyone's once it is closed).
 */
export function VotingLayer({ doc, canVote, children }: { doc: Y.Doc; canVote: boolean; children: ReactNode }) {
  const t = useT();
  const { personId } = useWorkshop();
  const showToast = useBoardUi((state) => state.showToast);
  const hiddenResults = useBoardView((state) => state.hiddenResults);
  const voter = canVote ? personId : null;
  const snapshot = useVoteSnapshot(doc, voter);
  const { state, mine } = useNoteVoteState(doc, voter);
  const { openId, results } = state;

  const voting = useMemo<NoteVoting | null>(() => {
    if (openId !== null) {
      // Each screen writes only its own person's slots (the server refuses others' too).
      const act = (operation: typeof placeDot, note: NoteId) => {
        if (voter === null) return;
        const result = operation(doc, openId, voter, note);
        if (!result.ok) showToast({ message: t(`error.${result.error}`) });
      };
      return {
        mode: 'open',
        mine: mine && voter !== null ? dotsByNote(mine.notes) : null,
        left: mine?.left ?? 0,
        place: (note: NoteId) => act(placeDot, note),
        takeBack: (note: NoteId) => act(takeBackDot, note),
      };
    }
    if (results && !hiddenResults.has(results.id)) return { mode: 'results', totals: totalsByNote(results.perNote) };
    return null;
  }, [doc, openId, results, mine, voter, hiddenResults, showToast, t]);

  return (
    <VoteContext.Provider value={voting}>
      <VoteBar snapshot={snapshot} canVote={voter !== null} />
      {children}
    </VoteContext.Provider>
  );
}
