import { closeVote, type OperationError, openVote } from '@avaa/board-model';
import { useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { focusAfterRender } from '../app/focusAfterRender.ts';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { usePlural, useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { PeopleDots } from './PeopleDots.tsx';
import { ResultsList } from './ResultsList.tsx';
import { noteText, readVoteSnapshot } from './useVoteSnapshot.ts';
import { VoteForm } from './VoteForm.tsx';
import { VoteHistory } from './VoteHistory.tsx';
import './voting.css';

/**
 * The facilitator's dot voting on the common table: open a vote, follow it live (dots placed,
 * who has voted, the tally only the facilitator sees), close it, and look back at earlier votes.
 */
export function VoteTools({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const counted = usePlural();
  const headingId = useId();
  const { state: workshop } = useWorkshop();
  const [error, setError] = useState<OperationError | null>(null);
  const people = workshop.people.filter((person) => !person.removed).length;
  const snapshot = useDocSnapshot(doc, readVoteSnapshot);
  const { open, votes } = snapshot.state;
  // Opening and closing swap the form for the open vote's line: focus goes to the control that replaced the one pressed.
  const openButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  const start = (dotsPerPerson: number, anonymous: boolean) => {
    const result = openVote(doc, { dotsPerPerson, anonymous });
    setError(result.ok ? null : result.error);
    if (result.ok) focusAfterRender(closeButton);
  };
  const close = () => {
    if (!open) return;
    const result = closeVote(doc, open.id);
    setError(result.ok ? null : result.error);
    if (result.ok) focusAfterRender(openButton);
  };

  return (
    <section className="vote-tools" aria-labelledby={headingId}>
      <div className="vote-tools__row">
        <h2 id={headingId} className="vote-tools__heading">
          {t('vote.heading')}
        </h2>
        {open ? (
          <div className="vote-tools__open">
            <p className="vote-tools__line">
              {t('vote.isOpen', {
                dotWords: counted('vote.dots', open.dotsPerPerson),
                kind: open.anonymous ? t('vote.kindAnonymous') : t('vote.kindNamed'),
              })}
            </p>
            <p className="vote-tools__progress">
              {t('vote.progress', { dots: open.totalDots, people: open.voters, total: people })}
            </p>
            <button type="button" className="button--primary" ref={closeButton} onClick={close}>
              {t('vote.closeVote')}
            </button>
            <details className="vote-tools__tally">
              <summary>{t('vote.liveTally')}</summary>
              <ResultsList rows={snapshot.rows} label={t('vote.liveTally')} />
              <PeopleDots
                vote={open.id}
                named={!open.anonymous}
                published={open.totalDots}
                textOf={(note) => noteText(doc, note)}
              />
            </details>
          </div>
        ) : (
          <VoteForm onOpen={start} submitRef={openButton} />
        )}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {t(`error.${error}`)}
        </p>
      )}
      <VoteHistory doc={doc} votes={votes.filter((vote) => vote.closed)} />
    </section>
  );
}
