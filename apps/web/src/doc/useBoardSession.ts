import { notesMap } from '@avaa/board-model';
import { roomName, type WorkshopId } from '@avaa/protocol';
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
 * One board's document for as long as the page shows it: the Y.Doc, a local copy in IndexedDB
 * (so edits survive going offline and reloading) and the server connection. Everything is
 * created and destroyed together; nothing lives in module scope.
 */
export function useBoardSession(workshopId: WorkshopId, token: string, mode: 'edit' | 'view'): BoardSession | null {
  const [session, setSession] = useState<BoardSession | null>(null);
  useEffect(() => {
    const doc = new Y.Doc();
    const board = roomName(workshopId);
    const local = new IndexeddbPersistence(`avaa:${board}`, doc);
    const connection = connectBoard({ url: syncUrl(), board, token, doc });
    const undo = mode === 'edit' ? new Y.UndoManager(notesMap(doc), { captureTimeout: 600 }) : null;
    setSession({ doc, connection, undo });
    return () => {
      setSession(null);
      undo?.destroy();
      connection.destroy();
      void local.destroy();
      doc.destroy();
    };
  }, [workshopId, token, mode]);
  return session;
}
