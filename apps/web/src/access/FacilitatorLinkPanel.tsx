import { useId, useState } from 'react';
import { useT } from '../i18n/index.ts';
import { LinkField } from '../start/LinkField.tsx';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { ForgetWorkshop } from './ForgetWorkshop.tsx';
import { facilitatorLink } from './facilitatorToken.ts';
import { MailLink } from './MailLink.tsx';
import './access.css';

/**
 * The facilitator's own link again, from inside the workshop: hidden until asked (the page may
 * be on a shared screen), then to copy, open or e-mail to oneself; and forgetting the workshop
 * on this device, for shared computers.
 */
export function FacilitatorLinkPanel() {
  const t = useT();
  const id = useId();
  const { workshopId, token, state } = useWorkshop();
  const [shown, setShown] = useState(false);
  const title = state.meta?.title ?? '';
  const link = facilitatorLink(workshopId, token);
  const name = t('access.facilitatorLink.heading');
  return (
    <section className="panel facilitator-link" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{name}</h2>
      <p className="panel__note">{t('access.facilitatorLink.secret')}</p>
      <button type="button" aria-expanded={shown} onClick={() => setShown((now) => !now)}>
        {shown ? t('access.facilitatorLink.hide') : t('access.facilitatorLink.show')}
      </button>
      {shown && (
        <div className="facilitator-link__shown">
          <LinkField name={name} link={link} />
          <MailLink title={title} link={link} />
        </div>
      )}
      <p className="panel__note">{t('access.facilitatorLink.device')}</p>
      <ForgetWorkshop
        workshopId={workshopId}
        title={title}
        holds="facilitator"
        onForgotten={() => window.location.assign('/')}
      />
    </section>
  );
}
