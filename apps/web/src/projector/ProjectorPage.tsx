import { readProjectedPath, readProjectorView } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import type { BoardSession, RoomSession } from '@avaa/workshop-client';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { type Access, takeAccess } from '../access/accessToken.ts';
import { MessagePage } from '../app/MessagePage.tsx';
import { useWorkshopTitle } from '../board/useBoardWatchers.ts';
import { useReading } from '../client/useReading.ts';
import { ViewerSessions } from '../client/ViewerSessions.tsx';
import { ConnectionBadge } from '../connection/ConnectionBadge.tsx';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { useMeta } from '../doc/useMeta.ts';
import { useT } from '../i18n/index.ts';
import { useLocalPresence } from '../presence/useLocalPresence.ts';
import { usePeers } from '../presence/usePeers.ts';
import { useFocus, useStage } from '../stage/useFacilitation.ts';
import { readVoteState } from '../voting/voteView.ts';
import { useWorkshopState } from '../workshop/workshopState.ts';
import { ProjectorAgreements } from './ProjectorAgreements.tsx';
import { ProjectorBoard } from './ProjectorBoard.tsx';
import type { ScreenProps } from './ProjectorFrame.tsx';
import { ProjectorJoining } from './ProjectorJoining.tsx';
import { ProjectorOverview } from './ProjectorOverview.tsx';
import { ProjectorPaths } from './ProjectorPaths.tsx';
import { ProjectorResults } from './ProjectorResults.tsx';
import { type ProjectorScreen, projectorScreen } from './projectorScreen.ts';

/**
 * `/w/<id>/projector`: the shared screen, read-only, large and calm. It follows the workshop's
 * stage (joining, the groups' progress, the presenting group, the common table, a closed vote's
 * ranking, the agreements) and whatever the facilitator shows everyone (projectorScreen.ts).
 */
export function ProjectorPage({ workshopId }: { workshopId: WorkshopId }) {
  const access = useMemo<Access>(() => takeAccess(workshopId, 'projector'), [workshopId]);
  if (!access.ok) {
    return <MessagePage heading={`access.${access.problem}.heading`} text={`access.${access.problem}.text`} />;
  }
  return (
    <ViewerSessions workshopId={workshopId} token={access.token}>
      {(rooms) => <ProjectorFollowing workshopId={workshopId} token={access.token} {...rooms} />}
    </ViewerSessions>
  );
}

const hasResults = (doc: Y.Doc) => readVoteState(doc).results !== undefined;

/** What to show, from the workshop's stage and the facilitator's choices, and the table's vote. */
function useScreen(workshopDoc: Y.Doc, tableDoc: Y.Doc, presenting: number | null): ProjectorScreen {
  const stage = useStage(workshopDoc);
  const view = useDocSnapshot(workshopDoc, readProjectorView);
  const path = useDocSnapshot(workshopDoc, readProjectedPath);
  const focus = useFocus(workshopDoc);
  const results = useDocSnapshot(tableDoc, hasResults);
  return projectorScreen({ stage, view, path, presenting, focus, results });
}

/**
 * The projector is a screen, not a person: it follows the stage and the facilitator, never
 * steps out, and publishes nothing. The common table stays connected throughout (its votes
 * decide the results screen), and its title names the workshop.
 */
function ProjectorFollowing(props: {
  workshopId: WorkshopId;
  token: string;
  workshop: RoomSession;
  table: BoardSession;
}) {
  const { workshopId, token, workshop, table } = props;
  const state = useWorkshopState(workshop.doc);
  const peers = usePeers(workshop.connection.awareness);
  useLocalPresence(workshop.connection, null);
  useLocalPresence(table.connection, null);
  const screen = useScreen(workshop.doc, table.doc, state.settings.presenting);
  const meta = useMeta(table.doc);
  const t = useT();
  useWorkshopTitle(meta, t('start.projector.heading'));
  const status = useConnectionStatus(table.connection);
  const closed = useReading(table.closedReason);

  if (closed && !meta) {
    const badge = <ConnectionBadge status={{ state: 'closed', reason: closed, code: 0 }} />;
    return <MessagePage heading="connection.closedHeading" text={`close.${closed}`} tools={badge} />;
  }
  const common: ScreenProps = {
    workshopId,
    token,
    workshop,
    table,
    title: meta?.title ?? '',
    people: peers.length,
    status: closed ? { state: 'closed', reason: closed, code: 0 } : status,
  };
  switch (screen.kind) {
    case 'joining':
      return <ProjectorJoining {...common} />;
    case 'overview':
      return <ProjectorOverview {...common} />;
    case 'results':
      return <ProjectorResults {...common} />;
    case 'agreements':
      return <ProjectorAgreements {...common} />;
    case 'paths':
      return <ProjectorPaths {...common} path={screen.path} />;
    case 'board': {
      const key = screen.board.kind === 'plenary' ? 'plenary' : screen.board.group;
      return <ProjectorBoard key={key} {...common} board={screen.board} presenting={screen.presenting} />;
    }
  }
}
