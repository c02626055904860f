import type { BoardRef } from '@avaa/protocol';
import { useMemo } from 'react';
import { useClient } from '../client/ClientContext.ts';
import { useBoardSession } from '../client/useSessions.ts';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import { useMeta } from '../doc/useMeta.ts';
import { useNotesByCell } from '../doc/useNotesByCell.ts';
import { GroupBadge } from '../groups/GroupBadge.tsx';
import { useT } from '../i18n/index.ts';
import { ProjectorBoardMode } from '../modes/ProjectorBoardMode.tsx';
import { ProjectorImageSource } from '../noteImages/NoteImage.tsx';
import { useLocalPresence } from '../presence/useLocalPresence.ts';
import { ProjectorPrivateCounts } from '../privateWriting/ProjectorPrivateCounts.tsx';
import { ProjectorReactionsProvider } from '../reactions/ProjectorReactions.tsx';
import { useFocusedCell } from '../stage/useFocusedCell.ts';
import { ProjectorVoteStatus } from '../voting/ProjectorVoteStatus.tsx';
import { ProjectorFocusedCell } from './ProjectorFocusedCell.tsx';
import { ProjectorFrame, type ScreenProps } from './ProjectorFrame.tsx';
import { ProjectorGrid } from './ProjectorGrid/ProjectorGrid.tsx';

type BoardProps = ScreenProps & {
  readonly board: BoardRef;
  /** Whether the board is the presenting group's (else the facilitator shows it). */
  readonly presenting: boolean;
};

/** A board on the projector: the common table (already connected) or a group's, opened here. */
export function ProjectorBoard(props: BoardProps) {
  return props.board.kind === 'plenary' ? <ShownBoard {...props} /> : <OpenedBoard {...props} />;
}

function OpenedBoard(props: BoardProps) {
  const session = useBoardSession(useClient(), props.board, false);
  useLocalPresence(session?.connection ?? null, null);
  return session && <ShownBoard {...props} table={session} />;
}

/** The board in `table` (the common table, or the group's session passed in its place). */
function ShownBoard({ board, presenting, table, workshop, title, people, status, workshopId, token }: BoardProps) {
  const t = useT();
  const notes = useNotesByCell(table.doc);
  const meta = useMeta(table.doc);
  const own = useConnectionStatus(table.connection);
  const focused = useFocusedCell(workshop.doc, board);
  const group = board.kind === 'group' ? board.group : null;
  const heading =
    group === null ? (
      title || t('board.loadingTitle')
    ) : (
      <>
        <GroupBadge group={group} />
        <span>{presenting ? t('presentation.presenting', { number: group }) : t('group.name', { number: group })}</span>
      </>
    );
  const focusedNotes = focused === null ? null : (notes.get(focused) ?? []);
  const imageSource = useMemo(() => ({ workshop: workshopId, board, token }), [workshopId, board, token]);
  return (
    <ProjectorFrame
      title={heading}
      subtitle={group === null ? undefined : (meta?.title ?? title)}
      group={group}
      status={status.state === 'closed' ? status : own}
      workshopDoc={workshop.doc}
      people={people}
      aside={
        <>
          {group === null && <ProjectorVoteStatus doc={table.doc} />}
          <ProjectorPrivateCounts workshopDoc={workshop.doc} board={board} />
          <ProjectorBoardMode workshopDoc={workshop.doc} board={board} />
        </>
      }
    >
      <ProjectorImageSource.Provider value={imageSource}>
        <ProjectorReactionsProvider doc={table.doc}>
          {focused !== null && focusedNotes !== null ? (
            <ProjectorFocusedCell cell={focused} notes={focusedNotes} doc={table.doc} />
          ) : (
            <ProjectorGrid notes={notes} doc={table.doc} />
          )}
        </ProjectorReactionsProvider>
      </ProjectorImageSource.Provider>
    </ProjectorFrame>
  );
}
