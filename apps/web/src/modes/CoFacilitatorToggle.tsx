import type { PersonView } from '@avaa/board-model';
import { setCoFacilitatorRight } from '@avaa/workshop-client';
import { useId, useState } from 'react';
import { useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { useCoFacilitator } from './useCoFacilitator.ts';
import './modes.css';

/**
 * In the facilitator's people list: whether a person is a co-facilitator, and (with the
 * facilitator's own link only: the server refuses a co-facilitator's) granting or revoking it.
 * The server writes the record; the row follows the workshop document live.
 */
export function CoFacilitatorToggle({ person }: { readonly person: PersonView }) {
  const t = useT();
  const id = useId();
  const workshop = useWorkshop();
  const granted = useCoFacilitator(workshop.doc, person.id);
  const [state, setState] = useState<'idle' | 'sending' | 'failed'>('idle');
  const badge = granted && <span className="co-facilitator__badge">{t('cofacilitator.badge')}</span>;
  if (workshop.coFacilitator) return badge || null;
  const label = granted ? t('cofacilitator.revoke') : t('cofacilitator.grant');
  const change = async () => {
    setState('sending');
    const answer = await setCoFacilitatorRight('', workshop.workshopId, workshop.token, person.id, !granted);
    setState(answer.ok ? 'idle' : 'failed');
  };
  return (
    <div className="co-facilitator">
      {badge}
      <button
        type="button"
        className="button--quiet"
        // The visible words first, then whose row it is (the list has one such button per person).
        aria-label={`${label}: ${person.name}`}
        aria-describedby={`${id}-hint`}
        disabled={state === 'sending'}
        onClick={() => void change()}
      >
        {label}
      </button>
      <span id={`${id}-hint`} className="visually-hidden">
        {t('cofacilitator.grantHint')}
      </span>
      {/* One row of many: an alert when it fails, rather than a live region per row. */}
      {state === 'failed' && <span role="alert">{t('cofacilitator.failed')}</span>}
    </div>
  );
}
