import { notesMap, pathsMap } from '@avaa/board-model';
import type { CloseCodeName } from '@avaa/protocol';
import { deriveReading, type Reading } from '@avaa/sync-client';
import * as Y from 'yjs';
import { undoableOrigins } from '../origins.ts';
import type { RoomSession } from './roomSession.ts';

/** Why a board is closed for good: the server's close code, or 'unknown' for one we do not know. */
export type ClosedReason = CloseCodeName | 'unknown';

/**
 * A board (the common table or a group's) as a page shows it: its room, this person's undo,
 * and whether it is closed for good.
 */
export type BoardSession = RoomSession & {
  /** Undo over the notes and service paths: this person's own edits (and on the common table their merges). */
  readonly undo: Y.UndoManager | null;
  /**
   * The socket's refusal, or the API's refusal of the token (asked once per client): either is
   * final, so the connection stops retrying and the page stops offering edits.
   */
  readonly closedReason: Reading<ClosedReason | null>;
};

export type BoardSessionOptions = {
  /** Whether this person may write the board at all (the role, fixed for the page). */
  readonly undoable: boolean;
  /** Whether undo takes back merges too (the common table). */
  readonly undoMerges: boolean;
};

export function boardSession(
  room: RoomSession,
  refusal: Reading<CloseCodeName | null>,
  options: BoardSessionOptions,
): BoardSession {
  const undo = options.undoable
    ? new Y.UndoManager([notesMap(room.doc), pathsMap(room.doc)], {
        captureTimeout: 600,
        trackedOrigins: undoableOrigins(options.undoMerges),
      })
    : null;
  const { status } = room.connection;
  const closedReason = deriveReading<ClosedReason | null>({
    compute() {
      const now = status.getSnapshot();
      return now.state === 'closed' ? now.reason : refusal.getSnapshot();
    },
    watch(changed) {
      const stopStatus = status.subscribe(changed);
      const stopRefusal = refusal.subscribe(changed);
      return () => {
        stopStatus();
        stopRefusal();
      };
    },
    watching: 'always',
    notify: 'onNewSnapshot',
  });
  const stopIfClosed = () => {
    if (closedReason.getSnapshot() !== null) room.connection.provider.disconnect();
  };
  const stopClosing = closedReason.subscribe(stopIfClosed);
  stopIfClosed();
  return {
    ...room,
    undo,
    closedReason,
    close() {
      stopClosing();
      undo?.destroy();
      room.close();
    },
  };
}
