import type { NoteId } from '@avaa/board-model';
import type { ApiError } from '@avaa/protocol';
import { type ReactNode, useCallback, useEffect, useMemo } from 'react';
import type * as Y from 'yjs';
import { useT } from '../i18n/index.ts';
import { useBoardUi } from '../state/boardUi.ts';
import { useBoardView } from '../state/boardView.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { useMyDots, type Voter } from './useMyDots.ts';
import { useNoteVoteState, useVoteSnapshot } from './useVoteSnapshot.ts';
import { VoteBar } from './VoteBar.tsx';
import { type NoteVoting, VoteContext } from './VoteContext.ts';
import { dotsByNote, refusalKey, totalsByNote } from './voteView.ts';
import './voting.css';

/**
 * Dot voting on the common table: the bar above the table and, for the notes below, what each
 * may show (my dots while a vote is open; everyone's once it is closed). My dots are the
 * server's to keep (nobody else's screen may know them), so they come from the votes API.
 */
export function VotingLayer({ doc, canVote, children }: { doc: Y.Doc; canVote: boolean; children: ReactNode }) {
  const t = useT();
  const { workshopId, personId, personToken } = useWorkshop();
  const showToast = useBoardUi((state) => state.showToast);
  const hiddenResults = useBoardView((state) => state.hiddenResults);
  const snapshot = useVoteSnapshot(doc);
  const { openId, dotsPerPerson, results } = useNoteVoteState(doc);
  const voter = useMemo<Voter | null>(
    () =>
      canVote && personId !== null && personToken !== null && openId !== null
        ? { workshop: workshopId, vote: openId, token: personToken, person: personId }
        : null,
    [canVote, personId, personToken, openId, workshopId],
  );
  const refused = useCallback((error: ApiError | null) => showToast({ message: t(refusalKey(error)) }), [showToast, t]);
  const { state: mine, store } = useMyDots(voter, dotsPerPerson, refused);
  const setUnsavedDots = useBoardUi((state) => state.setUnsavedDots);
  const unsaved = voter ? (mine?.unsaved ?? 0) : 0;
  useEffect(() => {
    setUnsavedDots(unsaved);
    return () => setUnsavedDots(0);
  }, [unsaved, setUnsavedDots]);

  const voting = useMemo<NoteVoting | null>(() => {
    if (openId !== null) {
      return {
        mode: 'open',
        mine: mine && store ? dotsByNote(mine.notes) : null,
        left: mine?.left ?? 0,
        place: (note: NoteId) => store?.place(note),
        takeBack: (note: NoteId) => store?.takeBack(note),
      };
    }
    if (results && !hiddenResults.has(results.id)) return { mode: 'results', totals: totalsByNote(results.perNote) };
    return null;
  }, [openId, results, mine, store, hiddenResults]);

  return (
    <VoteContext.Provider value={voting}>
      <VoteBar snapshot={snapshot} mine={voter ? mine : null} />
      {children}
    </VoteContext.Provider>
  );
}
