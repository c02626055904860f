import { useEffect, useId, useRef, useState } from 'react';
import { deleteWorkshop, fetchWorkshop } from '../app/api.ts';
import { focusAfterRender } from '../app/focusAfterRender.ts';
import { focusWhenShown } from '../app/focusWhenShown.ts';
import { useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { confirmsTitle } from './confirmTitle.ts';

type Step = 'idle' | 'confirming' | 'deleting' | 'failed';

/**
 * Deleting the workshop at once, for the facilitator: it cannot be undone, so the workshop's
 * name must be typed to confirm (dashes, spaces and case as the keyboard allows). Also says when the server would delete it by itself.
 * The keyboard goes to the name's field when the form opens, and back to the opening button
 * when it is cancelled (its button or Escape).
 */
export function DeleteWorkshop({ onDeleted }: { readonly onDeleted: () => void }) {
  const t = useT();
  const id = useId();
  const { workshopId, token, state } = useWorkshop();
  const title = state.meta?.title ?? '';
  const retentionDays = useRetentionDays();
  const [step, setStep] = useState<Step>('idle');
  const [typed, setTyped] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const confirmed = confirmsTitle(typed, title);
  const remove = async () => {
    setStep('deleting');
    if (await deleteWorkshop(workshopId, token)) onDeleted();
    else setStep('failed');
  };
  const cancel = () => {
    setStep('idle');
    setTyped('');
    focusAfterRender(opener);
  };
  return (
    <section className="panel delete-workshop" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('people.delete.heading')}</h2>
      {retentionDays !== undefined && retentionDays > 0 && (
        <p className="panel__note">{t('people.delete.retention', { days: retentionDays })}</p>
      )}
      {step === 'idle' ? (
        <button type="button" className="button--danger" ref={opener} onClick={() => setStep('confirming')}>
          {t('people.delete.open')}
        </button>
      ) : (
        <form
          className="delete-workshop__confirm"
          onSubmit={(event) => {
            event.preventDefault();
            if (confirmed && step !== 'deleting') void remove();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && step !== 'deleting') cancel();
          }}
        >
          <p className="panel__note" id={`${id}-warning`}>
            {t('people.delete.warning')}
          </p>
          <label htmlFor={`${id}-title`}>{t('people.delete.confirmLabel', { title })}</label>
          <input
            id={`${id}-title`}
            value={typed}
            autoComplete="off"
            ref={focusWhenShown}
            aria-describedby={`${id}-warning`}
            onChange={(event) => setTyped(event.target.value)}
          />
          <div className="delete-workshop__actions">
            <button type="submit" className="button--danger" disabled={!confirmed || step === 'deleting'}>
              {step === 'deleting' ? t('people.delete.deleting') : t('people.delete.confirm')}
            </button>
            <button type="button" className="button--quiet" onClick={cancel}>
              {t('people.cancel')}
            </button>
          </div>
        </form>
      )}
      <p className="panel__note" role="status">
        {step === 'failed' && t('people.delete.failed')}
      </p>
    </section>
  );
}

/** The server's retention in days (0: kept forever), once known. */
function useRetentionDays(): number | undefined {
  const { workshopId, token } = useWorkshop();
  const [days, setDays] = useState<number>();
  useEffect(() => {
    let current = true;
    void fetchWorkshop(workshopId, token).then((answer) => {
      if (current && answer.ok) setDays(answer.info.retentionDays);
    });
    return () => {
      current = false;
    };
  }, [workshopId, token]);
  return days;
}
