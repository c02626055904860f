import { type BoardRef, canWrite } from '@avaa/protocol';
import { type CSSProperties, lazy, Suspense } from 'react';
import { CommonTableNotice, useCommonTableLocked } from '../access/CommonTableNotice.tsx';
import { useBoardSession } from '../client/useSessions.ts';
import { GroupBadge } from '../groups/GroupBadge.tsx';
import { groupColour } from '../groups/groupColours.ts';
import { useT } from '../i18n/index.ts';
import { useBoardMode } from '../modes/useBoardMode.ts';
import { canEditGroup, isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import { OpenBoard } from './OpenBoard/OpenBoard.tsx';

/**
 * `/w/<id>` and `/w/<id>/group/<n>`: the common table, or a group's table with its number and
 * colour in the header. A group's table is editable by its members and the facilitator; others
 * read it, with a notice saying so; during group work the common table is read-only for
 * participants unless the facilitator opened it (the server enforces both on every write).
 */
export function BoardView({ board }: { board: BoardRef }) {
  const t = useT();
  const workshop = useWorkshop();
  const writer = canWrite(workshop.role);
  // During group work participants read the common table only (the server refuses their writes).
  const locked = useCommonTableLocked(workshop.doc) && workshop.role === 'participant';
  // A locked board (board-model modes/) is read-only for participants; the server refuses their writes.
  const modeLocked = useBoardMode(workshop.doc, board) === 'locked' && workshop.role === 'participant';
  const session = useBoardSession(workshop.client, board, writer);
  if (!session) return null;
  if (board.kind === 'plenary') {
    const tools = isFacilitator(workshop) ? (
      <Suspense fallback={null}>
        <PlenaryTools doc={session.doc} undo={session.undo} />
        <VoteTools doc={session.doc} />
        <CommonTableTools board={board} doc={session.doc} workshopDoc={workshop.doc} />
      </Suspense>
    ) : null;
    const notice = (
      <>
        <CommonTableNotice />
        {tools}
      </>
    );
    return <OpenBoard board={board} session={session} canEdit={writer && !locked && !modeLocked} notice={notice} />;
  }

  const group = board.group;
  const canEdit = canEditGroup(workshop, group);
  const known = workshop.state.groups.some((live) => live.number === group);
  const style = { '--group': groupColour(group) } as CSSProperties;
  return (
    <OpenBoard
      board={board}
      session={session}
      canEdit={canEdit && !modeLocked}
      accent={groupColour(group)}
      heading={(title) => (
        <span className="group-heading">
          <GroupBadge group={group} label />
          <span className="group-heading__workshop">{title}</span>
        </span>
      )}
      notice={
        isFacilitator(workshop) ? (
          <Suspense fallback={null}>
            <GroupBoardTools board={board} doc={session.doc} />
          </Suspense>
        ) : canEdit ? null : (
          <p className="workshop-banner workshop-banner--group" style={style}>
            <span className="workshop-banner__text">{t('group.readOnly', { number: group })}</span>
            <span>{known ? t('group.readOnlyWhy', { number: group }) : t('group.notLive', { number: group })}</span>
          </p>
        )
      }
    />
  );
}

// Merging and stack proposals (with the similarity code) load for the facilitator only.
const PlenaryTools = lazy(() => import('../plenary/PlenaryTools.tsx').then((m) => ({ default: m.PlenaryTools })));

// Opening, following and closing a vote: the facilitator's, loaded on the common table only.
const VoteTools = lazy(() => import('../voting/VoteTools.tsx').then((m) => ({ default: m.VoteTools })));

// The facilitator's settings (deleting, the board's mode, reactions, private writing): the facilitator's only.
const CommonTableTools = lazy(() =>
  import('./FacilitatorBoardTools.tsx').then((m) => ({ default: m.CommonTableTools })),
);
const GroupBoardTools = lazy(() => import('./FacilitatorBoardTools.tsx').then((m) => ({ default: m.GroupBoardTools })));
