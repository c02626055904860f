import { useId } from 'react';
import { usePlural, useT } from '../i18n/index.ts';
import { useBoardView } from '../state/boardView.ts';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import type { MyDotsState } from './myDots.ts';
import { ResultsList } from './ResultsList.tsx';
import type { VoteSnapshot } from './useVoteSnapshot.ts';
import { NONE_LEFT_ID } from './VoteContext.ts';

/**
 * Above the common table: during a vote, my dots left and how many dots are placed in all (not
 * per note, so nobody follows the crowd); after it, the results in order of dots.
 */
export function VoteBar({ snapshot, mine }: { snapshot: VoteSnapshot; mine: MyDotsState | null }) {
  const { open, results } = snapshot.state;
  if (open) return <OpenVoteBar snapshot={snapshot} mine={mine} />;
  if (results) return <ResultsBar snapshot={snapshot} />;
  return null;
}

/** `mine`: my dots, null when this screen does not vote. */
function OpenVoteBar({ snapshot, mine }: { snapshot: VoteSnapshot; mine: MyDotsState | null }) {
  const t = useT();
  const counted = usePlural();
  const workshop = useWorkshop();
  const { open } = snapshot.state;
  if (!open) return null;
  const total = t('vote.barTotal', { count: open.totalDots });
  return (
    <section className="vote-bar vote-bar--open" aria-label={t('vote.label')}>
      <p className="vote-bar__status">
        {mine ? (
          <>
            {/* Only my own count is announced: others' dots arriving must not chatter. */}
            <strong role="status">{t('vote.bar', { left: mine.left, total: mine.total })}</strong>
            <span className="vote-bar__dots" aria-hidden="true">
              {Array.from({ length: mine.total }, (_, slot) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: slots are fixed positions.
                <span key={slot} className={slot < mine.left ? 'vote-dot' : 'vote-dot vote-dot--used'} />
              ))}
            </span>
          </>
        ) : (
          <strong>
            {isFacilitator(workshop) && workshop.personId === null ? t('vote.joinToVote') : t('vote.label')}
          </strong>
        )}
        <span className="vote-bar__total">{total}</span>
      </p>
      {mine && mine.unsaved > 0 ? <p className="vote-bar__unsaved">{counted('vote.unsaved', mine.unsaved)}</p> : null}
      <p className="vote-bar__hint">
        {mine?.left === 0 ? <span id={NONE_LEFT_ID}>{t('vote.noneLeft')} </span> : null}
        {t('vote.hiddenTotals')}
      </p>
    </section>
  );
}

function ResultsBar({ snapshot }: { snapshot: VoteSnapshot }) {
  const t = useT();
  const headingId = useId();
  const results = snapshot.state.results;
  const hidden = useBoardView((state) => (results ? state.hiddenResults.has(results.id) : false));
  const setHidden = useBoardView((state) => state.setResultsHidden);
  if (!results) return null;
  return (
    <section className="vote-bar vote-bar--results" aria-labelledby={headingId}>
      <div className="vote-bar__head">
        <h2 id={headingId} className="vote-bar__heading">
          {t('vote.results')}
        </h2>
        <span className="vote-bar__total">{t('vote.barTotal', { count: results.totalDots })}</span>
        <button type="button" className="button--quiet" onClick={() => setHidden(results.id, !hidden)}>
          {hidden ? t('vote.showResults') : t('vote.hideResults')}
        </button>
      </div>
      {!hidden && <ResultsList rows={snapshot.rows} label={t('vote.resultsOrder')} />}
    </section>
  );
}
