import type { NoteId, VoteResults } from '@avaa/board-model';
import type * as Y from 'yjs';
import { useLanguage, useT } from '../i18n/index.ts';
import { PeopleDots } from './PeopleDots.tsx';
import { ResultsList } from './ResultsList.tsx';
import { noteText } from './useVoteSnapshot.ts';
import { resultRows } from './voteView.ts';

/**
 * Closed votes, the latest first. Results are frozen when a vote closes; a vote that was not
 * anonymous also lists who placed which dots, named from the workshop's people.
 */
export function VoteHistory({ doc, votes }: { doc: Y.Doc; votes: readonly VoteResults[] }) {
  const t = useT();
  const language = useLanguage();
  if (votes.length === 0) return null;
  const textOf = (note: NoteId) => noteText(doc, note);
  const time = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <details className="vote-history">
      <summary>{t('vote.earlier', { count: votes.length })}</summary>
      {votes.map((vote) => (
        <section key={vote.id} className="vote-history__vote">
          <h3>
            {t('vote.openedAt', { time: time.format(vote.openedAt) })} ·{' '}
            {vote.anonymous ? t('vote.kindAnonymous') : t('vote.kindNamed')}
          </h3>
          <ResultsList rows={resultRows(vote.perNote, textOf)} label={t('vote.resultsOrder')} />
          <PeopleDots vote={vote.id} named={!vote.anonymous} published={vote.totalDots} textOf={textOf} />
        </section>
      ))}
    </details>
  );
}
