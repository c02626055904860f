import type { NoteId } from '@avaa/board-model';
import { useRef } from 'react';
import { usePlural, useT } from '../../i18n/index.ts';
import { NONE_LEFT_ID, type NoteVoting, useNoteVoting } from '../VoteContext.ts';
import { MyDots } from './MyDots.tsx';
import { useVoteFocus } from './useVoteFocus.ts';

/**
 * A note's part in a vote. While a vote is open: my dots on it, "place a dot" and "take back"
 * (named with the note's text for screen readers). Once closed: everyone's dots as a number.
 */
export function NoteVote({ note, label }: { note: NoteId; label: string }) {
  const counted = usePlural();
  const voting = useNoteVoting();
  if (!voting) return null;
  if (voting.mode === 'results') {
    const dots = voting.totals.get(note) ?? 0;
    return dots > 0 ? <span className="vote-dots-badge note-vote__total">{counted('vote.dots', dots)}</span> : null;
  }
  if (!voting.mine) return null;
  return <OpenVote note={note} label={label} voting={voting} />;
}

type OpenVoting = Extract<NoteVoting, { mode: 'open' }>;

/** While the vote is open: my dots here and the buttons that place and take back one. */
function OpenVote({ note, label, voting }: { note: NoteId; label: string; voting: OpenVoting }) {
  const t = useT();
  const place = useRef<HTMLButtonElement>(null);
  const takeBack = useRef<HTMLButtonElement>(null);
  const mine = voting.mine?.get(note) ?? 0;
  const left = voting.left;
  const moveFocusTo = useVoteFocus({ place, takeBack }, mine, left);
  return (
    <div className="note-vote">
      <MyDots count={mine} />
      <span className="note-vote__buttons">
        <button
          ref={place}
          type="button"
          className="note-vote__place"
          disabled={left === 0}
          title={left === 0 ? t('vote.noneLeft') : undefined}
          aria-describedby={left === 0 ? NONE_LEFT_ID : undefined}
          aria-label={t('vote.placeOn', { note: label })}
          onClick={() => {
            if (left === 1) moveFocusTo('takeBack');
            voting.place(note);
          }}
        >
          <span aria-hidden="true">+ </span>
          {t('vote.place')}
        </button>
        {mine > 0 && (
          <button
            ref={takeBack}
            type="button"
            className="note-vote__take-back"
            aria-label={t('vote.takeBackFrom', { note: label })}
            onClick={() => {
              if (mine === 1) moveFocusTo('place');
              voting.takeBack(note);
            }}
          >
            <span aria-hidden="true">− </span>
            {t('vote.takeBack')}
          </button>
        )}
      </span>
    </div>
  );
}
