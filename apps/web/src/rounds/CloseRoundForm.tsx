import { closeRound, parseDate } from '@avaa/board-model';
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { DateField, useInvalidDateText } from '../agreements/DateField.tsx';
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

/**
 * The facilitator names and dates a round; the name follows the date until it is edited. The
 * date is typed as the workshop writes it; one that is not a date is refused in the field.
 */
export function CloseRoundForm({ workshopDoc, tableDoc, tableReady, notes, agreements, onClosed }: Props) {
  const t = useT();
  const counted = usePlural();
  const language = useWorkshopLanguage();
  const id = useId();
  const invalidDate = useInvalidDateText();
  // Today until edited, in the workshop's way of writing (its language may load after the form).
  const [typedDate, setTypedDate] = useState<string | null>(null);
  const dateText = typedDate ?? formatDate(todayIso(), language);
  const [dateError, setDateError] = useState<string | null>(null);
  const [typedName, setTypedName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const date = parseDate(dateText);
  const name =
    typedName ?? t('rounds.close.defaultName', { date: date === null ? '' : formatDate(date, language) }).trim();
  const checkDate = () => setDateError(date === null ? invalidDate : null);

  return (
    <section className="round-close" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('rounds.close.heading')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (date === null) {
            checkDate();
            document.getElementById(`${id}-date`)?.focus();
            return;
          }
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
          <DateField
            id={`${id}-date`}
            label={t('rounds.close.date')}
            text={dateText}
            onText={(text) => {
              setTypedDate(text);
              // A fixed date clears the error at once; a new one waits until the field is left.
              if (dateError && parseDate(text) !== null) setDateError(null);
            }}
            error={dateError}
            onLeave={checkDate}
          />
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
