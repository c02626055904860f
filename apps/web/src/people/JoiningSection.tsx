import { setJoiningOpen } from '@avaa/board-model';
import { useId, useState } from 'react';
import { useT } from '../i18n/index.ts';
import { JoinCode } from '../start/JoinCode.tsx';
import { LinkField } from '../start/LinkField.tsx';
import { QrCode } from '../start/QrCode.tsx';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import '../start/start.css';
import { JoinSelf } from './JoinSelf.tsx';
import { RotateLink } from './RotateLink.tsx';
import { useJoinDetails } from './useJoinDetails.ts';

/** Letting people in: joining open or closed, and the code, link and QR code to hand out again. */
export function JoiningSection() {
  const t = useT();
  const id = useId();
  const { workshopId, token, doc, state, personId } = useWorkshop();
  const [version, setVersion] = useState(0);
  const details = useJoinDetails(workshopId, token, version);
  const [showQr, setShowQr] = useState(false);
  const open = state.settings.joiningOpen;
  const linkName = t('people.joining.participantLink');
  return (
    <section className="panel joining" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('people.joining.heading')}</h2>
      <label className="switch">
        <input type="checkbox" checked={open} onChange={(event) => setJoiningOpen(doc, event.target.checked)} />
        <span>{t('people.joining.open')}</span>
      </label>
      {!open && <p className="panel__note">{t('people.joining.closedHint')}</p>}
      {details.state === 'loading' && <p className="panel__note">{t('people.joining.loading')}</p>}
      {details.state === 'failed' && <p className="panel__note">{t('people.joining.unavailable')}</p>}
      {details.state === 'ready' && (
        <>
          {details.joinCode && (
            <div className="joining__code">
              <JoinCode code={details.joinCode} />
              <p className="panel__note">{t('people.joining.codeHint', { origin: window.location.host })}</p>
            </div>
          )}
          <p className="joining__label">{linkName}</p>
          <LinkField name={linkName} link={details.links.participant} />
          <button type="button" aria-expanded={showQr} onClick={() => setShowQr((shown) => !shown)}>
            {showQr ? t('people.joining.hideQr') : t('people.joining.showQr')}
          </button>
          {showQr && <QrCode text={details.links.participant} alt={t('start.participant.qrAlt')} />}
          <RotateLink onRotated={() => setVersion((current) => current + 1)} />
          <p className="joining__label">{t('people.joining.projectorLink')}</p>
          <LinkField name={t('people.joining.projectorLink')} link={details.links.projector} />
        </>
      )}
      {personId === null && <JoinSelf />}
    </section>
  );
}
