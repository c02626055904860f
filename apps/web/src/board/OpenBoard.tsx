import type { WorkshopId } from '@avaa/protocol';
import { useEffect, useMemo, useState } from 'react';
import { MessagePage } from '../app/MessagePage.tsx';
import { PageHeader } from '../app/PageHeader.tsx';
import { ConnectionBadge, statusDetail } from '../connection/ConnectionBadge.tsx';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import type { BoardSession } from '../doc/useBoardSession.ts';
import { useMeta } from '../doc/useMeta.ts';
import { useNotesByCell } from '../doc/useNotesByCell.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { Toasts } from '../notes/Toasts.tsx';
import { NamePrompt } from '../presence/NamePrompt.tsx';
import { PresenceList } from '../presence/PresenceList.tsx';
import { displayName, useLocalPresence } from '../presence/useLocalPresence.ts';
import { editorsByNote, usePeers } from '../presence/usePeers.ts';
import { BoardUiContext, createBoardUiStore } from '../state/boardUi.ts';
import { usePreferences } from '../state/preferences.ts';
import { BoardContext, EditorsContext } from './BoardContext.ts';
import { BoardDnd } from './BoardDnd.tsx';
import { BoardGrid } from './BoardGrid.tsx';
import { UndoButtons } from './UndoButtons.tsx';
import { useBoardWatchers, useWorkshopTitle } from './useBoardWatchers.ts';
import { useServerRefusal } from './useServerRefusal.ts';

type Props = { workshopId: WorkshopId; token: string; session: BoardSession; canEdit: boolean };

/** The board page once its document exists: header, name prompt, the table and toasts. */
export function OpenBoard({ workshopId, token, session, canEdit }: Props) {
  const t = useT();
  const language = useLanguage();
  const { doc, connection, undo } = session;
  const [store] = useState(createBoardUiStore);
  const identity = usePreferences((state) => state.identity);
  const setName = usePreferences((state) => state.setName);
  const status = useConnectionStatus(connection);
  const refusal = useServerRefusal(workshopId, token);
  const meta = useMeta(doc);
  const notes = useNotesByCell(doc);
  const peers = usePeers(connection.awareness);
  const editors = useMemo(() => editorsByNote(peers), [peers]);
  const presence = useLocalPresence(connection, identity, language, canEdit);
  // A refusal (from the socket or the API) is final: stop retrying and stop offering edits.
  const closedReason = status.state === 'closed' ? status.reason : refusal;
  const editable = canEdit && !closedReason;
  const board = useMemo(() => ({ doc, canEdit: editable, presence }), [doc, editable, presence]);
  useWorkshopTitle(meta);
  useBoardWatchers(store, notes, doc, presence, t);
  useEffect(() => {
    if (closedReason) connection.provider.disconnect();
  }, [closedReason, connection]);

  if (closedReason && !meta) {
    return (
      <MessagePage
        heading="connection.closedHeading"
        text={`close.${closedReason}`}
        tools={<ConnectionBadge status={{ state: 'closed', reason: closedReason, code: 0 }} />}
      />
    );
  }

  return (
    <BoardUiContext.Provider value={store}>
      <BoardContext.Provider value={board}>
        <EditorsContext.Provider value={editors}>
          <a className="skip-link" href="#board">
            {t('app.skipToBoard')}
          </a>
          <PageHeader title={meta?.title ?? t('board.loadingTitle')}>
            {editable ? <UndoButtons manager={undo} /> : <span className="read-only-tag">{t('board.readOnly')}</span>}
            <PresenceList peers={peers} selfName={displayName(identity, language)} selfColour={identity.colour} />
            <ConnectionBadge status={closedReason ? { state: 'closed', reason: closedReason, code: 0 } : status} />
          </PageHeader>
          {closedReason && (
            <p className="banner banner--error" role="alert">
              {t('connection.closedHeading')}: {t(`close.${closedReason}`)}
            </p>
          )}
          {!closedReason && status.state === 'offline' && (
            <p className="banner banner--offline">{statusDetail(status, t)}</p>
          )}
          {editable && !identity.asked && (
            <NamePrompt guestName={displayName({ ...identity, name: null }, language)} onAnswer={setName} />
          )}
          <main id="board" tabIndex={-1}>
            <BoardDnd doc={doc} notes={notes}>
              <BoardGrid notes={notes} />
            </BoardDnd>
          </main>
          <Toasts />
        </EditorsContext.Provider>
      </BoardContext.Provider>
    </BoardUiContext.Provider>
  );
}
