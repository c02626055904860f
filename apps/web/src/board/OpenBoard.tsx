import type { BoardRef } from '@avaa/protocol';
import { type BoardSession, editorsReading } from '@avaa/workshop-client';
import { type ReactNode, useMemo, useState } from 'react';
import { OthersAnnouncer } from '../announce/OthersAnnouncer.tsx';
import { MessagePage } from '../app/MessagePage.tsx';
import { PageHeader } from '../app/PageHeader.tsx';
import { useReading } from '../client/useReading.ts';
import { ConnectionBadge, statusDetail } from '../connection/ConnectionBadge.tsx';
import { SaveIndicator } from '../connection/SaveIndicator.tsx';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import { useMeta } from '../doc/useMeta.ts';
import { GapsToolbar } from '../gaps/GapsToolbar.tsx';
import { useLanguage, useT } from '../i18n/index.ts';
import { Toasts } from '../notes/Toasts.tsx';
import { BoardOutline } from '../outline/BoardOutline.tsx';
import { BoardViewSwitch } from '../outline/BoardViewSwitch.tsx';
import { StacksContext, useStacks } from '../plenary/useStacks.ts';
import { NamePrompt } from '../presence/NamePrompt.tsx';
import { LivePresenceList } from '../presence/PresenceList.tsx';
import { displayName, useLocalPresence } from '../presence/useLocalPresence.ts';
import { PrintButton } from '../print/PrintButton.tsx';
import { BoardUiContext, createBoardUiStore } from '../state/boardUi.ts';
import { useBoardView } from '../state/boardView.ts';
import { usePreferences } from '../state/preferences.ts';
import { VotingLayer } from '../voting/VotingLayer.tsx';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import { BoardContext, EditorsContext } from './BoardContext.ts';
import { BoardDnd } from './BoardDnd.tsx';
import { BoardGrid } from './BoardGrid.tsx';
import { JumpBar } from './JumpBar.tsx';
import { UndoButtons } from './UndoButtons.tsx';
import { DeletedNoteWatcher, usePresenceOfEditing, useWorkshopTitle } from './useBoardWatchers.ts';

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
  const t = useT();
  const language = useLanguage();
  const workshop = useWorkshop();
  const { doc, connection, undo } = session;
  const [store] = useState(createBoardUiStore);
  const identity = usePreferences((state) => state.identity);
  const layout = useBoardView((state) => state.layout);
  const setName = usePreferences((state) => state.setName);
  const status = useConnectionStatus(connection);
  const meta = useMeta(doc);
  const editors = useMemo(() => editorsReading(connection.awareness), [connection]);
  const presence = useLocalPresence(connection, canEdit ? workshop.presenceUser : null, workshop.personId);
  // A refusal (from the socket or the API) is final: the session stopped retrying; stop offering edits.
  const closedReason = useReading(session.closedReason);
  const editable = canEdit && !closedReason;
  const stacks = useStacks(doc);
  const canAgree = editable && board.kind === 'plenary' && isFacilitator(workshop);
  // The route may hand a new but equal board ref on every render: keep one while it names the same board.
  const boardKey = board.kind === 'group' ? board.group : 'plenary';
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names the board.
  const stableBoard = useMemo(() => board, [boardKey]);
  const context = useMemo(
    () => ({ doc, board: stableBoard, canEdit: editable, canAgree, presence }),
    [doc, stableBoard, editable, canAgree, presence],
  );
  useWorkshopTitle(meta, board.kind === 'group' ? t('group.name', { number: board.group }) : t('nav.plenary'));
  usePresenceOfEditing(store, presence);

  if (closedReason === 'workshopNotFound' && board.kind === 'group') {
    return <MessagePage heading="group.missing.heading" text="group.missing.text" />;
  }
  if (closedReason && !meta) {
    return (
      <MessagePage
        heading="connection.closedHeading"
        text={`close.${closedReason}`}
        tools={<ConnectionBadge status={{ state: 'closed', reason: closedReason, code: 0 }} />}
      />
    );
  }

  const self = workshop.presenceUser;
  const table = (
    <>
      <GapsToolbar doc={doc}>
        <BoardViewSwitch />
      </GapsToolbar>
      <JumpBar />
      <main id="board" tabIndex={-1} data-board={board.kind === 'group' ? `group-${board.group}` : 'plenary'}>
        <BoardDnd doc={doc}>{layout === 'outline' ? <BoardOutline doc={doc} /> : <BoardGrid doc={doc} />}</BoardDnd>
      </main>
      <DeletedNoteWatcher store={store} doc={doc} t={t} />
    </>
  );
  return (
    <BoardUiContext.Provider value={store}>
      <BoardContext.Provider value={context}>
        <EditorsContext.Provider value={editors}>
          <StacksContext.Provider value={stacks}>
            <a className="skip-link" href="#board">
              {t('app.skipToBoard')}
            </a>
            <PageHeader
              title={meta ? (heading?.(meta.title) ?? meta.title) : t('board.loadingTitle')}
              {...(accent ? { accent } : {})}
            >
              {editable ? <UndoButtons manager={undo} /> : <span className="read-only-tag">{t('board.readOnly')}</span>}
              {canEdit && self && (
                <LivePresenceList awareness={connection.awareness} selfName={self.name} selfColour={self.colour} />
              )}
              {editable && <SaveIndicator connection={connection} />}
              <ConnectionBadge status={closedReason ? { state: 'closed', reason: closedReason, code: 0 } : status} />
              {meta && <PrintButton doc={doc} board={board} title={meta.title} />}
            </PageHeader>
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
            {notice}
            {board.kind === 'plenary' ? (
              <VotingLayer doc={doc} canVote={editable}>
                {table}
              </VotingLayer>
            ) : (
              table
            )}
            <Toasts />
            <OthersAnnouncer doc={doc} connection={connection} />
          </StacksContext.Provider>
        </EditorsContext.Provider>
      </BoardContext.Provider>
    </BoardUiContext.Provider>
  );
}
