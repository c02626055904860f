import { usePlural, useT } from '../i18n/index.ts';
import type { ResultRow } from './voteView.ts';

/** Notes in order of dots, each with its rank and count in words (never colour alone). */
export function ResultsList({ rows, label }: { rows: readonly ResultRow[]; label: string }) {
  const t = useT();
  const counted = usePlural();
  if (rows.length === 0) return <p className="vote-results__empty">{t('vote.noDotsYet')}</p>;
  return (
    <ol className="vote-results" aria-label={label}>
      {rows.map((row) => (
        <li key={row.note} className="vote-results__row" data-note={row.note}>
          <span className="vote-results__rank" aria-hidden="true">
            {row.rank}.
          </span>
          <span className="vote-dots-badge">{counted('vote.dots', row.dots)}</span>
          <span className={row.text === null ? 'vote-results__text vote-results__text--gone' : 'vote-results__text'}>
            {row.text ?? t('vote.deletedNote')}
          </span>
        </li>
      ))}
    </ol>
  );
}
