import { PageHeader } from '../app/PageHeader.tsx';
import { useT } from '../i18n/index.ts';

/** The facilitator removed this person: say so, and offer to join again (if joining is open). */
export function RemovedPage({ onRejoin }: { onRejoin: () => void }) {
  const t = useT();
  return (
    <>
      <PageHeader title={t('app.name')} />
      <main className="message-page">
        <h2>{t('removed.heading')}</h2>
        <p>{t('removed.text')}</p>
        <p>
          <button type="button" className="button--primary" onClick={onRejoin}>
            {t('removed.rejoin')}
          </button>
        </p>
      </main>
    </>
  );
}
