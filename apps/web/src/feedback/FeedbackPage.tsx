import type { WorkshopId } from '@avaa/protocol';
import type { BoardSession, RoomSession } from '@avaa/workshop-client';
import { useEffect, useMemo, useState } from 'react';
import { type Access, takeAccess } from '../access/accessToken.ts';
import { LanguageSelect } from '../app/LanguageSelect.tsx';
import { MessagePage } from '../app/MessagePage.tsx';
import { useReading } from '../client/useReading.ts';
import { ViewerSessions } from '../client/ViewerSessions.tsx';
import { ConnectionBadge } from '../connection/ConnectionBadge.tsx';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import { useT } from '../i18n/index.ts';
import { useLocalPresence } from '../presence/useLocalPresence.ts';
import { usePreferences } from '../state/preferences.ts';
import { useWorkshopState } from '../workshop/workshopState.ts';
import { FeedbackContent } from './FeedbackContent.tsx';
import './feedback.css';

/**
 * `/w/<id>/feedback`: the read-only page for participants, youth panel members included: the
 * common table, what was agreed and how far each item has got, and what changed since the last
 * round. Opened with the viewer token, so the server drops any write; it publishes no presence.
 */
export function FeedbackPage({ workshopId }: { workshopId: WorkshopId }) {
  const access = useMemo<Access>(() => takeAccess(workshopId, 'feedback'), [workshopId]);
  if (!access.ok) {
    return <MessagePage heading={`access.${access.problem}.heading`} text={`access.${access.problem}.text`} />;
  }
  return (
    <ViewerSessions workshopId={workshopId} token={access.token}>
      {(rooms) => <FeedbackView {...rooms} />}
    </ViewerSessions>
  );
}

function FeedbackView({ workshop, table }: { workshop: RoomSession; table: BoardSession }) {
  const t = useT();
  const state = useWorkshopState(workshop.doc);
  const status = useConnectionStatus(table.connection);
  useLocalPresence(workshop.connection, null);
  useLocalPresence(table.connection, null);
  const setWorkshopLanguage = usePreferences((s) => s.setWorkshopLanguage);
  const meta = state.meta;
  useEffect(() => {
    if (meta?.language) setWorkshopLanguage(meta.language);
  }, [meta?.language, setWorkshopLanguage]);
  const title = meta?.title;
  useEffect(() => {
    document.title = title ? t('feedback.title', { title }) : 'Avaa';
  }, [t, title]);
  const closed = useReading(table.closedReason);
  // Once loaded, the table stays loaded (a later reconnect does not empty it).
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (status.state === 'live') setLoaded(true);
  }, [status.state]);

  if (closed && !meta) {
    const badge = <ConnectionBadge status={{ state: 'closed', reason: closed, code: 0 }} />;
    return <MessagePage heading="connection.closedHeading" text={`close.${closed}`} tools={badge} />;
  }
  return (
    <div className="feedback">
      <header className="page-header feedback__header">
        <h1 className="page-header__title">{title ?? t('board.loadingTitle')}</h1>
        <div className="page-header__tools">
          <ConnectionBadge status={closed ? { state: 'closed', reason: closed, code: 0 } : status} />
        </div>
        <LanguageSelect />
      </header>
      <FeedbackContent workshopDoc={workshop.doc} tableDoc={table.doc} tableLoaded={loaded} />
    </div>
  );
}
