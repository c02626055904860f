import { useId } from 'react';
import type * as Y from 'yjs';
import { DateField } from '../../agreements/DateField.tsx';
import { usePaths } from '../../doc/usePaths.ts';
import { usePlural, useT } from '../../i18n/index.ts';
import { useRoundDraft } from './useRoundDraft.ts';

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
  const id = useId();
  const draft = useRoundDraft(workshopDoc, tableDoc, onClosed);
  const paths = usePaths(tableDoc).length;
  return (
    <section className="round-close" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('rounds.close.heading')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (draft.close() === 'invalid-date') document.getElementById(`${id}-date`)?.focus();
        }}
      >
        <div className="round-close__fields">
          <div className="draft-field">
            <label htmlFor={`${id}-name`}>{t('rounds.close.name')}</label>
            <input id={`${id}-name`} value={draft.name} onChange={(event) => draft.setTypedName(event.target.value)} />
          </div>
          <DateField
            id={`${id}-date`}
            label={t('rounds.close.date')}
            text={draft.dateText}
            onText={draft.typeDate}
            error={draft.dateError}
            onLeave={draft.checkDate}
          />
        </div>
        <p className="round-close__contents">
          {t(paths > 0 ? 'pathChanges.closeContents' : 'rounds.close.contents', {
            noteWords: counted('count.notes', notes),
            pathWords: counted('pathChanges.count', paths),
            agreementWords: counted('count.agreements', agreements),
          })}
        </p>
        <p className="draft-field__error" role="status">
          {draft.error}
        </p>
        <button type="submit" className="button--primary" disabled={!tableReady}>
          {t('rounds.close.submit')}
        </button>
      </form>
    </section>
  );
}
