import { closeRound, parseDate } from '@avaa/board-model';
import { useState } from 'react';
import type * as Y from 'yjs';
import { useInvalidDateText } from '../../agreements/DateField.tsx';
import { formatDate, todayIso } from '../../agreements/dates.ts';
import { useT, useWorkshopLanguage } from '../../i18n/index.ts';

/**
 * A round's name and date before it is closed. The date is today until edited, in the workshop's
 * way of writing (its language may load after the form); the name follows the date until edited.
 */
export function useRoundDraft(workshopDoc: Y.Doc, tableDoc: Y.Doc, onClosed: (id: string, name: string) => void) {
  const t = useT();
  const language = useWorkshopLanguage();
  const invalidDate = useInvalidDateText();
  const [typedDate, setTypedDate] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [typedName, setTypedName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dateText = typedDate ?? formatDate(todayIso(), language);
  const date = parseDate(dateText);
  const name =
    typedName ?? t('rounds.close.defaultName', { date: date === null ? '' : formatDate(date, language) }).trim();
  const checkDate = () => setDateError(date === null ? invalidDate : null);
  const typeDate = (text: string) => {
    setTypedDate(text);
    // A fixed date clears the error at once; a new one waits until the field is left.
    if (dateError && parseDate(text) !== null) setDateError(null);
  };

  /** Closes the round, or says why not: a date that is not one in its field, a refusal below. */
  const close = (): 'closed' | 'invalid-date' | 'refused' => {
    if (date === null) {
      checkDate();
      return 'invalid-date';
    }
    const result = closeRound(workshopDoc, tableDoc, { name, date });
    if (!result.ok) {
      setError(t(`error.${result.error}`));
      return 'refused';
    }
    setError(null);
    setTypedName(null);
    onClosed(result.value, name);
    return 'closed';
  };

  return { name, setTypedName, dateText, typeDate, dateError, checkDate, error, close };
}
