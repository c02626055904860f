import type { WorkshopId } from '@avaa/protocol';
import { useMemo } from 'react';
import { type Access, takeAccess } from '../access/accessToken.ts';
import { LanguageSelect } from '../app/LanguageSelect.tsx';
import { MessagePage } from '../app/MessagePage.tsx';
import { useWorkshopTitle } from '../board/useBoardWatchers.ts';
import { useServerRefusal } from '../board/useServerRefusal.ts';
import { ConnectionBadge } from '../connection/ConnectionBadge.tsx';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import { type BoardSession, useBoardSession } from '../doc/useBoardSession.ts';
import { useMeta } from '../doc/useMeta.ts';
import { useNotesByCell } from '../doc/useNotesByCell.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { useLocalPresence } from '../presence/useLocalPresence.ts';
import { usePeers } from '../presence/usePeers.ts';
import { usePreferences } from '../state/preferences.ts';
import { ProjectorGrid } from './ProjectorGrid.tsx';
import './projector.css';

/** `/w/<id>/projector`: the whole table on the shared screen, read-only, large and calm. */
export function ProjectorPage({ workshopId }: { workshopId: WorkshopId }) {
  const access = useMemo<Access>(() => takeAccess(workshopId, 'projector'), [workshopId]);
  if (!access.ok) {
    return <MessagePage heading={`access.${access.problem}.heading`} text={`access.${access.problem}.text`} />;
  }
  return <ProjectorSession workshopId={workshopId} token={access.token} />;
}

function ProjectorSession({ workshopId, token }: { workshopId: WorkshopId; token: string }) {
  const session = useBoardSession(workshopId, token, 'view');
  return session && <ProjectorView workshopId={workshopId} token={token} session={session} />;
}

function ProjectorView({
  workshopId,
  token,
  session,
}: {
  workshopId: WorkshopId;
  token: string;
  session: BoardSession;
}) {
  const t = useT();
  const language = useLanguage();
  const identity = usePreferences((state) => state.identity);
  const status = useConnectionStatus(session.connection);
  const refusal = useServerRefusal(workshopId, token);
  const meta = useMeta(session.doc);
  const notes = useNotesByCell(session.doc);
  const peers = usePeers(session.connection.awareness);
  useLocalPresence(session.connection, identity, language, false);
  useWorkshopTitle(meta);
  const closed = status.state === 'closed' ? status.reason : refusal;

  if (closed && !meta) {
    const badge = <ConnectionBadge status={{ state: 'closed', reason: closed, code: 0 }} />;
    return <MessagePage heading="connection.closedHeading" text={`close.${closed}`} tools={badge} />;
  }
  return (
    <div className="projector">
      <header className="projector__header">
        <h1 className="projector__title">{meta?.title ?? t('board.loadingTitle')}</h1>
        <span className="projector__people">{t('projector.participants', { count: peers.length })}</span>
        <ConnectionBadge status={closed ? { state: 'closed', reason: closed, code: 0 } : status} />
        <LanguageSelect />
      </header>
      <ProjectorGrid notes={notes} />
    </div>
  );
}
