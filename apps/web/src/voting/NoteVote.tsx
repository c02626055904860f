import type { NoteId } from '@avaa/board-model';
import { useEffect, useRef } from 'react';
import { usePlural, useT } from '../i18n/index.ts';
import { NONE_LEFT_ID, useNoteVoting } from './VoteContext.ts';

/**
 * A note's part in a vote. While a vote is open: my dots on it, "place a dot" and "take back"
 * (named with the note's text for screen readers). Once closed: everyone's dots as a number.
 */
export function NoteVote({ note, label }: { note: NoteId; label: string }) {
  const t = useT();
  const counted = usePlural();
  const voting = useNoteVoting();
  const placeRef = useRef<HTMLButtonElement>(null);
  const takeBackRef = useRef<HTMLButtonElement>(null);
  // A button that disappears or turns disabled under the pointer or keyboard would drop focus to the page.
  const refocus = useRef<'place' | 'takeBack' | null>(null);
  const mine = voting?.mode === 'open' ? (voting.mine?.get(note) ?? 0) : 0;
  const left = voting?.mode === 'open' ? voting.left : 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after my dots change, when the buttons have re-rendered.
  useEffect(() => {
    if (refocus.current === null) return;
    const target = refocus.current === 'place' ? placeRef.current : takeBackRef.current;
    refocus.current = null;
    target?.focus();
  }, [mine, left]);

  if (!voting) return null;
  if (voting.mode === 'results') {
    const dots = voting.totals.get(note) ?? 0;
    return dots > 0 ? <span className="vote-dots-badge note-vote__total">{counted('vote.dots', dots)}</span> : null;
  }
  if (!voting.mine) return null;
  const place = () => {
    if (left === 1) refocus.current = 'takeBack';
    voting.place(note);
  };
  const takeBack = () => {
    if (mine === 1) refocus.current = 'place';
    voting.takeBack(note);
  };
  return (
    <div className="note-vote">
      {mine > 0 && (
        <span className="note-vote__mine">
          <span className="note-vote__dots" aria-hidden="true">
            {Array.from({ length: mine }, (_, slot) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: dots on one note are alike.
              <span key={slot} className="vote-dot vote-dot--mine" />
            ))}
          </span>
          {t('vote.mine', { count: mine })}
        </span>
      )}
      <span className="note-vote__buttons">
        <button
          ref={placeRef}
          type="button"
          className="note-vote__place"
          disabled={left === 0}
          title={left === 0 ? t('vote.noneLeft') : undefined}
          aria-describedby={left === 0 ? NONE_LEFT_ID : undefined}
          aria-label={t('vote.placeOn', { note: label })}
          onClick={place}
        >
          <span aria-hidden="true">+ </span>
          {t('vote.place')}
        </button>
        {mine > 0 && (
          <button
            ref={takeBackRef}
            type="button"
            className="note-vote__take-back"
            aria-label={t('vote.takeBackFrom', { note: label })}
            onClick={takeBack}
          >
            <span aria-hidden="true">− </span>
            {t('vote.takeBack')}
          </button>
        )}
      </span>
    </div>
  );
}
