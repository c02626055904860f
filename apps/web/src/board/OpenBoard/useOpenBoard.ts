import type { BoardRef } from '@avaa/protocol';
import { type BoardSession, drawersReading, editorsReading } from '@avaa/workshop-client';
import { useMemo, useState } from 'react';
import { useReading } from '../../client/useReading.ts';
import { useConnectionStatus } from '../../connection/useConnectionStatus.ts';
import { useMeta } from '../../doc/useMeta.ts';
import { useT } from '../../i18n/index.ts';
import { useBoardMode } from '../../modes/useBoardMode.ts';
import { usePresenceOfDrawing } from '../../paths/drawingPresence.ts';
import { createPathUiStore, takeShowOnly } from '../../paths/pathUi.ts';
import { useStacks } from '../../plenary/useStacks.ts';
import { useLocalPresence } from '../../presence/useLocalPresence.ts';
import { createBoardUiStore } from '../../state/boardUi.ts';
import { isFacilitator, useWorkshop } from '../../workshop/WorkshopContext.ts';
import type { BoardContextValue } from '../BoardContext.ts';
import { usePresenceOfEditing, useWorkshopTitle } from '../useBoardWatchers.ts';

/** What an open board's parts share: its state, what this person may do, and the readings. */
export function useOpenBoard(board: BoardRef, session: BoardSession, canEdit: boolean) {
  const t = useT();
  const workshop = useWorkshop();
  const { doc, connection } = session;
  const [store] = useState(createBoardUiStore);
  const [paths] = useState(() => createPathUiStore(takeShowOnly()));
  const status = useConnectionStatus(connection);
  const meta = useMeta(doc);
  const editors = useMemo(() => editorsReading(connection.awareness), [connection]);
  const drawers = useMemo(() => drawersReading(connection.awareness), [connection]);
  const presence = useLocalPresence(connection, canEdit ? workshop.presenceUser : null, workshop.personId);
  // A refusal (from the socket or the API) is final: the session stopped retrying; stop offering edits.
  const closedReason = useReading(session.closedReason);
  const editable = canEdit && !closedReason;
  const stacks = useStacks(doc);
  const canAgree = editable && board.kind === 'plenary' && isFacilitator(workshop);
  const stableBoard = useStableBoard(board);
  const boardMode = useBoardMode(workshop.doc, stableBoard);
  const mode = isFacilitator(workshop) ? 'open' : boardMode;
  const context = useMemo<BoardContextValue>(
    () => ({ doc, board: stableBoard, canEdit: editable, mode, canAgree, presence, undo: session.undo }),
    [doc, stableBoard, editable, mode, canAgree, presence, session.undo],
  );
  useWorkshopTitle(meta, board.kind === 'group' ? t('group.name', { number: board.group }) : t('nav.plenary'));
  usePresenceOfEditing(store, presence);
  usePresenceOfDrawing(paths, presence);
  return { store, paths, status, meta, editors, drawers, closedReason, editable, stacks, context };
}

/** The route may hand a new but equal board ref on every render: one object while it names the same board. */
function useStableBoard(board: BoardRef): BoardRef {
  const group = board.kind === 'group' ? board.group : null;
  return useMemo(() => (group === null ? PLENARY : { kind: 'group', group }), [group]);
}

const PLENARY: BoardRef = { kind: 'plenary' };
