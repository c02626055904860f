import type { SecondFacilitatorLink as Minted } from '@avaa/protocol';
import { createSecondFacilitatorLink } from '@avaa/workshop-client';
import { useId, useState } from 'react';
import { useLanguage, useT } from '../i18n/index.ts';
import { LinkField } from '../start/LinkField.tsx';
import { QrCode } from '../start/QrCode.tsx';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import './modes.css';

/**
 * Beside the facilitator's own link: a second facilitator link for another device, valid for
 * 24 hours, so the day goes on if this device dies. Said plainly: whoever holds it has every right.
 */
export function SecondFacilitatorLink() {
  const t = useT();
  const id = useId();
  const language = useLanguage();
  const { workshopId, token } = useWorkshop();
  const [minted, setMinted] = useState<Minted | null>(null);
  const [state, setState] = useState<'idle' | 'sending' | 'failed'>('idle');
  const create = async () => {
    setState('sending');
    const answer = await createSecondFacilitatorLink('', workshopId, token);
    setState(answer.ok ? 'idle' : 'failed');
    if (answer.ok) setMinted(answer.value);
  };
  const name = t('secondLink.heading');
  const until = minted
    ? new Intl.DateTimeFormat(language, { weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(
        minted.expiresAt,
      )
    : '';
  return (
    <section className="panel second-link" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{name}</h2>
      <p className="panel__note">{t('secondLink.explain')}</p>
      {minted ? (
        <div className="second-link__shown">
          <LinkField name={name} link={minted.links.facilitator} />
          <QrCode text={minted.links.facilitator} alt={name} />
          <p className="panel__note">{t('secondLink.expires', { time: until })}</p>
        </div>
      ) : (
        <button type="button" disabled={state === 'sending'} onClick={() => void create()}>
          {t('secondLink.create')}
        </button>
      )}
      {state === 'failed' && <p role="alert">{t('secondLink.failed')}</p>}
    </section>
  );
}
