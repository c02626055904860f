import { notesMap } from '@avaa/board-model';
import { type BoardRef, roomName, type WorkshopId } from '@avaa/protocol';
import { type BoardConnection, connectBoard } from '@avaa/sync-client';
import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

export type BoardSession = {
  readonly doc: Y.Doc;
  readonly connection: BoardConnection;
  /** Local undo over the notes: only this client's own changes (origin null) are tracked. */
  readonly undo: Y.UndoManager | null;
};

/** Where the sync socket lives: the same origin as the page (the dev server proxies it). */
export function syncUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/sync`;
}

/**
 * One room's document for as long as the page shows it: the Y.Doc, a local copy in IndexedDB
 * (so edits survive going offline and reloading) and the server connection. Everything is
 * created and destroyed together; nothing lives in module scope.
 */
export function useRoomSession(room: string, token: string): Omit<BoardSession, 'undo'> | null {
  const [session, setSession] = useState<Omit<BoardSession, 'undo'> | null>(null);
  useEffect(() => {
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(`avaa:${room}`, doc);
    const connection = connectBoard({ url: syncUrl(), board: room, token, doc });
    setSession({ doc, connection });
    return () => {
      setSession(null);
      connection.destroy();
      void local.destroy();
      doc.destroy();
    };
  }, [room, token]);
  return session;
}

/**
 * A board (the common table or a group's) with its local undo. `undoable` is whether this
 * person may write the board at all (the role, fixed for the page); whether they may right now
 * (their group) is the UI's business, so moving someone to another group does not reconnect.
 * `trackedOrigins`: transactions besides this client's own edits that undo reverts (a merge).
 */
export function useBoardSession(
  workshopId: WorkshopId,
  board: BoardRef,
  token: string,
  undoable: boolean,
  trackedOrigins: readonly unknown[] = NO_ORIGINS,
): BoardSession | null {
  const room = roomName(workshopId, board);
  const [session, setSession] = useState<BoardSession | null>(null);
  useEffect(() => {
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(`avaa:${room}`, doc);
    const connection = connectBoard({ url: syncUrl(), board: room, token, doc });
    const undo = undoable
      ? new Y.UndoManager(notesMap(doc), { captureTimeout: 600, trackedOrigins: new Set([null, ...trackedOrigins]) })
      : null;
    setSession({ doc, connection, undo });
    return () => {
      setSession(null);
      undo?.destroy();
      connection.destroy();
      void local.destroy();
      doc.destroy();
    };
  }, [room, token, undoable, trackedOrigins]);
  return session;
}

const NO_ORIGINS: readonly unknown[] = [];
