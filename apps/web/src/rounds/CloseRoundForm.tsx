import { closeRound, isIsoDate } from '@avaa/board-model';
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { formatDate, todayIso } from '../agreements/dates.ts';
import { usePlural, useT, useWorkshopLanguage } from '../i18n/index.ts';

type Props = {
  workshopDoc: Y.Doc;
  tableDoc: Y.Doc;
  /** Whether the common table has synced: a round of a table not yet loaded would be empty. */
  tableReady: boolean;
  notes: number;
  agreements: number;
  onClosed: (id: string, name: string) => void;
};

/** The facilitator names and dates a round; the name follows the date until it is edited. */
export function CloseRoundForm({ workshopDoc, tableDoc, tableReady, notes, agreements, onClosed }: Props) {
  const t = useT();
  const counted = usePlural();
  const language = useWorkshopLanguage();
  const id = useId();
  const [date, setDate] = useState(todayIso);
  const [typedName, setTypedName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const name =
    typedName ?? t('rounds.close.defaultName', { date: isIsoDate(date) ? formatDate(date, language) : '' }).trim();

  return (
    <section className="round-close" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('rounds.close.heading')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const result = closeRound(workshopDoc, tableDoc, { name, date });
          if (!result.ok) {
            setError(t(`error.${result.error}`));
            return;
          }
          setError(null);
          setTypedName(null);
          onClosed(result.value, name);
        }}
      >
        <div className="round-close__fields">
          <div className="draft-field">
            <label htmlFor={`${id}-name`}>{t('rounds.close.name')}</label>
            <input id={`${id}-name`} value={name} onChange={(event) => setTypedName(event.target.value)} />
          </div>
          <div className="draft-field">
            <label htmlFor={`${id}-date`}>{t('rounds.close.date')}</label>
            <input id={`${id}-date`} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
          </div>
        </div>
        <p className="round-close__contents">
          {t('rounds.close.contents', {
            noteWords: counted('count.notes', notes),
            agreementWords: counted('count.agreements', agreements),
          })}
        </p>
        <p className="draft-field__error" role="status">
          {error}
        </p>
        <button type="submit" className="button--primary" disabled={!tableReady}>
          {t('rounds.close.submit')}
        </button>
      </form>
    </section>
  );
}
