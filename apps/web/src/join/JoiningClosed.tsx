import { useT } from '../i18n/index.ts';

export const JOINING_CLOSED_HEADING = 'join-closed-heading';

/** "Joining is closed" and a way to try again once the facilitator opens it. */
export function JoiningClosed({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  return (
    <section className="join__closed" aria-labelledby={JOINING_CLOSED_HEADING}>
      <h2 id={JOINING_CLOSED_HEADING} tabIndex={-1}>
        {t('join.closed.heading')}
      </h2>
      <p>{t('join.closed.text')}</p>
      <button type="button" className="button--primary" onClick={onRetry}>
        {t('join.closed.retry')}
      </button>
    </section>
  );
}
