import { useEffect } from 'react';
import { PageHeader } from '../app/PageHeader.tsx';
import { useLanguage, useT } from '../i18n/index.ts';
import { LOCALES } from '../i18n/locales.ts';
import { ASSESSED, CONFORMS, KNOWN_GAPS, SUPERVISOR } from './knownGaps.ts';
import { type Operator, useOperator } from './useOperator.ts';
import './statement.css';

/**
 * `/accessibility`: the accessibility statement the Act on the Provision of Digital Services
 * (306/2019 §15-16) asks for, in the UI language: what conforms, what does not and why, how
 * to give feedback, the supervisory authority, and when it was last assessed.
 */
export function StatementPage() {
  const t = useT();
  const language = useLanguage();
  const operator = useOperator();
  useEffect(() => {
    document.title = `${t('statement.title')} – Avaa`;
  }, [t]);
  return (
    <>
      <PageHeader title={t('statement.title')} />
      <main className="statement">
        <p>
          {t('statement.intro', {
            address: window.location.host,
            operator: operator?.name ?? t('statement.operatorUnknown'),
          })}
        </p>
        <h2>{t('statement.status.heading')}</h2>
        <p>{t('statement.status.text')}</p>
        <h2>{t('statement.conforms.heading')}</h2>
        <ul>
          {CONFORMS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <h2 id="statement-gaps">{t('statement.gaps.heading')}</h2>
        <ul aria-label={t('statement.gaps.label')}>
          {KNOWN_GAPS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <h2>{t('statement.feedback.heading')}</h2>
        <p>{t('statement.feedback.text')}</p>
        {operator && <FeedbackChannel operator={operator} />}
        <h2>{t('statement.supervisor.heading')}</h2>
        <p>{t('statement.supervisor.text')}</p>
        <address className="statement__address">
          {t('statement.supervisor.name')}
          <br />
          {t('statement.supervisor.site')} <a href={SUPERVISOR.site}>www.saavutettavuusvaatimukset.fi</a>
          <br />
          {t('statement.feedback.email')} <a href={`mailto:${SUPERVISOR.email}`}>{SUPERVISOR.email}</a>
          <br />
          {t('statement.supervisor.phone')}
        </address>
        <h2>{t('statement.assessed.heading')}</h2>
        <p>{t('statement.assessed.text', { date: assessed(language) })}</p>
      </main>
    </>
  );
}

/** "6. joulukuuta 2026", "6 december 2026": the month in words reads the same everywhere. */
function assessed(language: keyof typeof LOCALES): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${ASSESSED}T12:00:00Z`),
  );
}

function FeedbackChannel({ operator }: { operator: Operator }) {
  const t = useT();
  const { name, accessibilityEmail: email, accessibilityFeedbackUrl: form } = operator;
  if (!email && !form) return <p>{t('statement.feedback.none')}</p>;
  return (
    <address className="statement__address">
      {name}
      {email && (
        <>
          {name && <br />}
          {t('statement.feedback.email')} <a href={`mailto:${email}`}>{email}</a>
        </>
      )}
      {form && (
        <>
          {(name || email) && <br />}
          <a href={form}>{t('statement.feedback.form')}</a>
        </>
      )}
    </address>
  );
}
