import { settingsMap } from '@avaa/board-model';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { useT } from '../i18n/index.ts';
import { QrCode } from '../start/QrCode.tsx';
import { useWorkshopState } from '../workshop/workshopState.ts';
import { useJoinLink } from './joinLink.ts';
import { ProjectorFrame, type ScreenProps } from './ProjectorFrame.tsx';
import './projectorScreens.css';

const readSettings = (doc: Y.Doc) => JSON.stringify(settingsMap(doc).toJSON());

/**
 * How to join, for the whole room at once: the QR code of the participant link, as large as
 * the screen allows, and for those who cannot scan, the short address and the join code in
 * large capitals.
 */
export function ProjectorJoining({ workshopId, token, workshop, title, people, status }: ScreenProps) {
  const t = useT();
  const settings = useDocSnapshot(workshop.doc, readSettings);
  const open = useWorkshopState(workshop.doc).settings.joiningOpen;
  const link = useJoinLink(workshopId, token, settings);
  return (
    <ProjectorFrame title={title} status={status} workshopDoc={workshop.doc} people={people}>
      <main className="projector-join">
        {!open ? (
          <p className="projector-join__message">{t('projector.join.closed')}</p>
        ) : link.state !== 'ready' ? (
          <p className="projector-join__message">
            {t(link.state === 'loading' ? 'projector.join.loading' : 'projector.join.unavailable')}
          </p>
        ) : (
          <>
            <div className="projector-join__qr">
              <QrCode text={link.participant} alt={t('projector.join.qrAlt')} />
            </div>
            <div className="projector-join__text">
              <h2 className="projector-join__heading">{t('projector.join.heading')}</h2>
              <p className="projector-join__scan">{t('projector.join.scan')}</p>
              <p className="projector-join__or">
                {t('projector.join.orGo')} <strong className="projector-join__address">{window.location.host}</strong>{' '}
                {t('projector.join.andType')}
              </p>
              <p className="projector-join__code">
                <span aria-hidden="true">{link.joinCode.toUpperCase()}</span>
                <span className="visually-hidden">{Array.from(link.joinCode.toUpperCase()).join(' ')}</span>
              </p>
            </div>
          </>
        )}
      </main>
    </ProjectorFrame>
  );
}
