import { phaseOf } from '@avaa/board-model';
import { useLanguage, useT } from '../i18n/index.ts';
import type { PhaseSummary } from './lanes.ts';
import './pathView.css';

/** On a phone, the lanes' summary row as a list: per phase, the paths without a service, the risks. */
export function PhaseSummaryList({ summaries }: { summaries: readonly PhaseSummary[] }) {
  const t = useT();
  const language = useLanguage();
  return (
    <section className="path-summary" aria-labelledby="path-summary-heading">
      <h2 className="path-shared__heading" id="path-summary-heading">
        {t('pathView.summary')}
      </h2>
      <ul className="path-summary__list">
        {summaries.map((summary) => (
          <li key={summary.phase}>
            <span className="path-summary__phase">{phaseOf(summary.phase).name[language]}:</span>{' '}
            <span className={summary.withoutService > 0 ? 'path-lanes__count--warn' : ''}>
              {t('pathView.summary.withoutService', { count: summary.withoutService })}
            </span>
            {', '}
            <span className={summary.risks > 0 ? 'path-lanes__count--warn' : ''}>
              {t('pathView.summary.risks', { count: summary.risks })}
            </span>
            {', '}
            <span>{t('pathView.summary.skipped', { count: summary.skipped })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
