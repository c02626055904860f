import { type BoardRef, type WorkshopId, workshopRoomName } from '@avaa/protocol';
import { type CSSProperties, useMemo } from 'react';
import type * as Y from 'yjs';
import { type Access, takeAccess } from '../access/accessToken.ts';
import { LanguageSelect } from '../app/LanguageSelect.tsx';
import { MessagePage } from '../app/MessagePage.tsx';
import { useWorkshopTitle } from '../board/useBoardWatchers.ts';
import { useServerRefusal } from '../board/useServerRefusal.ts';
import { ConnectionBadge } from '../connection/ConnectionBadge.tsx';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import { type BoardSession, useBoardSession, useRoomSession } from '../doc/useBoardSession.ts';
import { useMeta } from '../doc/useMeta.ts';
import { useNotesByCell } from '../doc/useNotesByCell.ts';
import { GroupBadge } from '../groups/GroupBadge.tsx';
import { groupColour } from '../groups/groupColours.ts';
import { useT } from '../i18n/index.ts';
import { useLocalPresence } from '../presence/useLocalPresence.ts';
import { usePeers } from '../presence/usePeers.ts';
import { ProjectorStage } from '../stage/ProjectorStage.tsx';
import { useFocus } from '../stage/useFacilitation.ts';
import { ProjectorTimer } from '../timer/ProjectorTimer.tsx';
import { ProjectorVoteStatus } from '../voting/ProjectorVoteStatus.tsx';
import { useWorkshopState } from '../workshop/workshopState.ts';
import { ProjectorGrid } from './ProjectorGrid.tsx';
import './projector.css';

/**
 * `/w/<id>/projector`: the shared screen, read-only, large and calm. It shows the board the
 * facilitator shows everyone (the common table by default), or, while the facilitator steps
 * through the presentations, the presenting group's table; the stage and the timer on top.
 */
export function ProjectorPage({ workshopId }: { workshopId: WorkshopId }) {
  const access = useMemo<Access>(() => takeAccess(workshopId, 'projector'), [workshopId]);
  if (!access.ok) {
    return <MessagePage heading={`access.${access.problem}.heading`} text={`access.${access.problem}.text`} />;
  }
  return <ProjectorSession workshopId={workshopId} token={access.token} />;
}

type Session = Omit<BoardSession, 'undo'>;

function ProjectorSession({ workshopId, token }: { workshopId: WorkshopId; token: string }) {
  const workshop = useRoomSession(workshopRoomName(workshopId), token);
  return workshop && <ProjectorFollowing workshopId={workshopId} token={token} workshop={workshop} />;
}

/**
 * The projector is a screen, not a person: it follows the presentation round (which wins while
 * it runs) and the facilitator's focus, never steps out, and publishes nothing.
 */
function ProjectorFollowing({
  workshopId,
  token,
  workshop,
}: {
  workshopId: WorkshopId;
  token: string;
  workshop: Session;
}) {
  const state = useWorkshopState(workshop.doc);
  const peers = usePeers(workshop.connection.awareness);
  useLocalPresence(workshop.connection, null);
  const focus = useFocus(workshop.doc);
  const shown = state.settings.presenting ?? focus?.board ?? 'plenary';
  const board: BoardRef = shown === 'plenary' ? { kind: 'plenary' } : { kind: 'group', group: shown };
  return (
    <ProjectorBoard
      key={shown}
      workshopId={workshopId}
      token={token}
      board={board}
      people={peers.length}
      workshopDoc={workshop.doc}
      presenting={state.settings.presenting !== null}
    />
  );
}

type BoardProps = {
  workshopId: WorkshopId;
  token: string;
  board: BoardRef;
  people: number;
  workshopDoc: Y.Doc;
  /** Whether the board shown is the presenting group's (else the facilitator shows it). */
  presenting: boolean;
};

function ProjectorBoard(props: BoardProps) {
  const session = useBoardSession(props.workshopId, props.board, props.token, false);
  return session && <ProjectorView {...props} session={session} />;
}

function ProjectorView(props: BoardProps & { session: Session }) {
  const { workshopId, token, board, people, workshopDoc, presenting, session } = props;
  const t = useT();
  const status = useConnectionStatus(session.connection);
  const refusal = useServerRefusal(workshopId, token);
  const meta = useMeta(session.doc);
  const notes = useNotesByCell(session.doc);
  useLocalPresence(session.connection, null);
  useWorkshopTitle(meta);
  const closed = status.state === 'closed' ? status.reason : refusal;

  if (closed && !meta) {
    const badge = <ConnectionBadge status={{ state: 'closed', reason: closed, code: 0 }} />;
    return <MessagePage heading="connection.closedHeading" text={`close.${closed}`} tools={badge} />;
  }
  const group = board.kind === 'group' ? board.group : null;
  const style = group === null ? undefined : ({ '--group': groupColour(group) } as CSSProperties);
  return (
    <div className={`projector${group === null ? '' : ' projector--group'}`} style={style}>
      <header className="projector__header">
        <h1 className={`projector__title${group === null ? ' projector__title--wraps' : ''}`}>
          {group === null ? (
            (meta?.title ?? t('board.loadingTitle'))
          ) : (
            <>
              <GroupBadge group={group} />
              <span>
                {presenting ? t('presentation.presenting', { number: group }) : t('group.name', { number: group })}
              </span>
              {meta && <span className="projector__subtitle">{meta.title}</span>}
            </>
          )}
        </h1>
        {group === null && <ProjectorVoteStatus doc={session.doc} />}
        <ProjectorStage workshopDoc={workshopDoc} />
        <ProjectorTimer workshopDoc={workshopDoc} />
        <span className="projector__people">{t('projector.participants', { count: people })}</span>
        <ConnectionBadge status={closed ? { state: 'closed', reason: closed, code: 0 } : status} />
        <LanguageSelect />
      </header>
      <ProjectorGrid notes={notes} doc={session.doc} workshopDoc={workshopDoc} board={board} />
    </div>
  );
}
