import type { BoardRef } from '@avaa/protocol';
import type { BoardSession } from '@avaa/workshop-client';
import type { ReactNode } from 'react';
import { OthersAnnouncer } from '../../announce/OthersAnnouncer.tsx';
import { MessagePage } from '../../app/MessagePage.tsx';
import { CommentThreadHost } from '../../comments/CommentThreadHost.tsx';
import { ConnectionBadge, statusDetail } from '../../connection/ConnectionBadge.tsx';
import { useLanguage, useT } from '../../i18n/index.ts';
import { Toasts } from '../../notes/Toasts.tsx';
import { PathDrawersContext } from '../../paths/drawingPresence.ts';
import { PathsBeside } from '../../paths/panel/PathsBeside.tsx';
import { PathUiContext } from '../../paths/pathUi.ts';
import { StacksContext } from '../../plenary/useStacks.ts';
import { NamePrompt } from '../../presence/NamePrompt.tsx';
import { displayName } from '../../presence/useLocalPresence.ts';
import { PrivateBoardContext } from '../../privateWriting/PrivateBoardContext.ts';
import { PrivateWritingBar } from '../../privateWriting/PrivateWritingBar.tsx';
import { usePrivateSession } from '../../privateWriting/usePrivateSession.ts';
import { BoardUiContext } from '../../state/boardUi.ts';
import { usePreferences } from '../../state/preferences.ts';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';
import { BoardContext, EditorsContext } from '../BoardContext.ts';
import { BoardHeader } from './BoardHeader.tsx';
import { BoardTable } from './BoardTable.tsx';
import { useOpenBoard } from './useOpenBoard.ts';

type Props = {
  board: BoardRef;
  session: BoardSession;
  canEdit: boolean;
  /** The page title; the workshop's title when absent. */
  heading?: (workshopTitle: string) => ReactNode;
  /** Shown under the header: why the board is read-only, the facilitator's tools. */
  notice?: ReactNode;
  /** The header's underline colour (a group's board). */
  accent?: string;
};

/** A board once its document exists: header, name prompt, the table and toasts. */
export function OpenBoard({ board, session, canEdit, heading, notice, accent }: Props) {
  const open = useOpenBoard(board, session, canEdit);
  const { closedReason, meta, status } = open;
  const privateBoard = usePrivateSession(open.context.board, open.editable);
  if (closedReason === 'workshopNotFound' && board.kind === 'group') {
    return <MessagePage heading="group.missing.heading" text="group.missing.text" />;
  }
  if (closedReason && !meta) {
    const badge = <ConnectionBadge status={{ state: 'closed', reason: closedReason, code: 0 }} />;
    return <MessagePage heading="connection.closedHeading" text={`close.${closedReason}`} tools={badge} />;
  }
  const header = { board, session, title: meta?.title, heading, accent, canEdit, status, closedReason };
  return (
    <BoardUiContext.Provider value={open.store}>
      <BoardContext.Provider value={open.context}>
        <EditorsContext.Provider value={open.editors}>
          <StacksContext.Provider value={open.stacks}>
            <PathUiContext.Provider value={open.paths}>
              <PathDrawersContext.Provider value={open.drawers}>
                <SkipToBoard />
                <BoardHeader {...header} editable={open.editable} />
                <BoardBanners {...header} editable={open.editable} />
                {notice}
                <PrivateWritingBar board={open.context.board} writing={privateBoard?.writing ?? false} />
                <PrivateBoardContext.Provider value={privateBoard}>
                  <PathsBeside>
                    <BoardTable board={board} doc={session.doc} store={open.store} editable={open.editable} />
                  </PathsBeside>
                </PrivateBoardContext.Provider>
                <Toasts />
                <CommentThreadHost />
                <OthersAnnouncer doc={session.doc} connection={session.connection} />
              </PathDrawersContext.Provider>
            </PathUiContext.Provider>
          </StacksContext.Provider>
        </EditorsContext.Provider>
      </BoardContext.Provider>
    </BoardUiContext.Provider>
  );
}

function SkipToBoard() {
  const t = useT();
  return (
    <a className="skip-link" href="#board">
      {t('app.skipToBoard')}
    </a>
  );
}

/** Why the board cannot be edited now (refused, offline), and the name prompt where it is asked. */
function BoardBanners({
  status,
  closedReason,
  editable,
}: Pick<Parameters<typeof BoardHeader>[0], 'status' | 'closedReason' | 'editable'>) {
  const t = useT();
  const language = useLanguage();
  const workshop = useWorkshop();
  const identity = usePreferences((state) => state.identity);
  const setName = usePreferences((state) => state.setName);
  return (
    <>
      {closedReason && (
        <p className="banner banner--error" role="alert">
          {t('connection.closedHeading')}: {t(`close.${closedReason}`)}
        </p>
      )}
      {!closedReason && status.state === 'offline' && (
        <p className="banner banner--offline">{statusDetail(status, t)}</p>
      )}
      {editable && workshop.asksName && !identity.asked && (
        <NamePrompt guestName={displayName({ ...identity, name: null }, language)} onAnswer={setName} />
      )}
    </>
  );
}
