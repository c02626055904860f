import { type ReactNode, useEffect } from 'react';
import { rememberWorkshop } from '../access/deviceWorkshops.ts';
import { storeFacilitatorToken, tokenOfLink } from '../access/facilitatorToken.ts';
import { MailLink } from '../access/MailLink.tsx';
import type { CreatedWorkshop } from '../app/api.ts';
import { useT } from '../i18n/index.ts';
import { JoinCode } from './JoinCode.tsx';
import { LinkField } from './LinkField.tsx';
import { QrCode } from './QrCode.tsx';

/**
 * A new workshop's links; the start page and the import (which names its own "another" button)
 * show it. The facilitator's token is kept on this device at once: the links page is not the
 * only way back in.
 */
export function WorkshopLinks({
  workshop,
  onAnother,
  anotherLabel,
}: {
  workshop: CreatedWorkshop;
  onAnother: () => void;
  anotherLabel?: string;
}) {
  const t = useT();
  useEffect(() => {
    document.getElementById('created-heading')?.focus();
  }, []);
  useEffect(() => {
    const token = tokenOfLink(workshop.links.facilitator);
    if (token) storeFacilitatorToken(workshop.id, token);
    rememberWorkshop(workshop.id, workshop.title);
  }, [workshop]);
  return (
    <section className="links" aria-labelledby="created-heading">
      <h2 id="created-heading" tabIndex={-1}>
        {t('start.created.heading', { title: workshop.title })}
      </h2>
      <div className="links__grid">
        <LinkCard
          heading={t('start.participant.heading')}
          text={t('start.participant.text')}
          link={workshop.links.participant}
        >
          <QrCode text={workshop.links.participant} alt={t('start.participant.qrAlt')} />
          {workshop.joinCode && <JoinCode code={workshop.joinCode} />}
        </LinkCard>
        <LinkCard
          heading={t('start.projector.heading')}
          text={t('start.projector.text')}
          link={workshop.links.projector}
        />
        <LinkCard
          heading={t('start.facilitator.heading')}
          text={t('start.facilitator.text')}
          link={workshop.links.facilitator}
          after={<MailLink title={workshop.title} link={workshop.links.facilitator} />}
        >
          <p className="link-card__kept">{t('access.facilitatorLink.device')}</p>
        </LinkCard>
        <LinkCard heading={t('rounds.feedback.name')} text={t('rounds.feedback.text')} link={workshop.links.feedback} />
      </div>
      <button type="button" className="button--quiet" onClick={onAnother}>
        {anotherLabel ?? t('start.created.another')}
      </button>
    </section>
  );
}

function LinkCard({
  heading,
  text,
  link,
  children,
  after,
}: {
  heading: string;
  text: string;
  link: string;
  children?: ReactNode;
  /** Under the link field: what to do with the link. */
  after?: ReactNode;
}) {
  return (
    <article className="link-card">
      <h3>{heading}</h3>
      <p>{text}</p>
      {children}
      <LinkField name={heading} link={link} />
      {after}
    </article>
  );
}
