import { WORKSHOP_STARTS } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import { useId } from 'react';
import { usePrintT } from '../../i18n/print/index.ts';
import { WorkshopLinks } from '../../start/WorkshopLinks.tsx';
import { ImportProblems } from '../ImportForm/ImportForm.tsx';
import { useStartFrom } from './useStartFrom.ts';

/** "New workshop from this one": the table, the people or only the settings; its links as the start page's. */
export function StartFromForm({ workshopId, token, title }: { workshopId: WorkshopId; token: string; title: string }) {
  const t = usePrintT();
  const titleId = useId();
  const form = useStartFrom(workshopId, token, title);
  const { status } = form;
  if (status.state === 'done') {
    return (
      <WorkshopLinks workshop={status.workshop} anotherLabel={t('print.startFrom.another')} onAnother={form.reset} />
    );
  }
  return (
    <form className="print-import" aria-labelledby="print-start-heading" onSubmit={(event) => void form.submit(event)}>
      <h4 id="print-start-heading">{t('print.startFrom.heading')}</h4>
      <p>{t('print.startFrom.help')}</p>
      <fieldset>
        <legend>{t('print.startFrom.legend')}</legend>
        {WORKSHOP_STARTS.map((start) => (
          <label key={start} className="print-start__choice">
            <input
              type="radio"
              name="start-from"
              value={start}
              checked={form.start === start}
              onChange={() => form.choose(start)}
            />{' '}
            {t(`print.startFrom.${start}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={titleId}>{t('print.startFrom.title')}</label>
      <input id={titleId} value={form.title} maxLength={120} onChange={(event) => form.rename(event.target.value)} />
      <button type="submit" disabled={status.state === 'importing' || form.title.trim() === ''}>
        {status.state === 'importing' ? t('print.startFrom.working') : t('print.startFrom.button')}
      </button>
      {status.state === 'failed' && (
        <p className="print-data__error" role="alert">
          {status.message}
        </p>
      )}
      {status.state === 'invalid' && <ImportProblems problems={status.errors} />}
    </form>
  );
}
