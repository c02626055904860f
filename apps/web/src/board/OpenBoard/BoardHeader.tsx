import type { BoardRef } from '@avaa/protocol';
import type { BoardSession, ClosedReason, ConnectionStatus } from '@avaa/workshop-client';
import type { ReactNode } from 'react';
import { PageHeader } from '../../app/PageHeader.tsx';
import { ConnectionBadge } from '../../connection/ConnectionBadge.tsx';
import { SaveIndicator } from '../../connection/SaveIndicator.tsx';
import { useT } from '../../i18n/index.ts';
import { BoardModeIndicator } from '../../modes/BoardModeIndicator.tsx';
import { PathPanelToggle } from '../../paths/panel/PathPanelToggle.tsx';
import { PhotoButton } from '../../photoImport/PhotoButton.tsx';
import { LivePresenceList } from '../../presence/PresenceList.tsx';
import { PrintButton } from '../../print/PrintButton.tsx';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';
import { UndoButtons } from '../UndoButtons.tsx';

type Props = {
  board: BoardRef;
  session: BoardSession;
  title: string | undefined;
  heading: ((workshopTitle: string) => ReactNode) | undefined;
  accent: string | undefined;
  canEdit: boolean;
  editable: boolean;
  status: ConnectionStatus;
  closedReason: ClosedReason | null;
};

/** The board's header: its title, undo, who is here, whether edits are saved, the link, printing. */
export function BoardHeader({
  board,
  session,
  title,
  heading,
  accent,
  canEdit,
  editable,
  status,
  closedReason,
}: Props) {
  const t = useT();
  const self = useWorkshop().presenceUser;
  const { doc, connection, undo } = session;
  return (
    <PageHeader
      title={title === undefined ? t('board.loadingTitle') : (heading?.(title) ?? title)}
      {...(accent ? { accent } : {})}
    >
      {editable && <UndoButtons manager={undo} />}
      <BoardModeIndicator board={board} readOnly={!editable} />
      {canEdit && self && (
        <LivePresenceList awareness={connection.awareness} selfName={self.name} selfColour={self.colour} />
      )}
      {editable && <SaveIndicator connection={connection} />}
      <ConnectionBadge status={closedReason ? { state: 'closed', reason: closedReason, code: 0 } : status} />
      <PathPanelToggle doc={doc} place="header" />
      {title !== undefined && <PrintButton doc={doc} board={board} title={title} canPhotograph={editable} />}
      {/* On a phone from the header's menu; on a laptop, whose header row is full, in the print dialog. */}
      {editable && <PhotoButton phoneOnly />}
    </PageHeader>
  );
}
