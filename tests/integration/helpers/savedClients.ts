import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SavedMessageType } from '@avaa/protocol';
import { type BoardConnection, connectBoard } from '@avaa/sync-client';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

/** A board connection through @avaa/sync-client (which asks for acknowledgements), as the web app connects. */
export type SavingClient = {
  readonly doc: Y.Doc;
  readonly connection: BoardConnection;
  /** Called when an acknowledgement frame arrives, before the client handles it. */
  onAcknowledgement(listener: () => void): void;
  readonly acknowledgements: () => number;
};

const connections = new Set<BoardConnection>();

/** A board connection as the web app makes it, in Node; the caller destroys it. */
export function boardConnection(sync: { url: string; board: string }, token: string, doc: Y.Doc): BoardConnection {
  const connection = connectBoard({
    ...sync,
    token,
    doc,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    followBrowserOnline: false,
  });
  // connectBoard has no disableBc option: keep the clients of one process apart by hand, so
  // everything goes through the server.
  connection.provider.disableBc = true;
  connection.provider.disconnectBc();
  return connection;
}

export function connectSaving(sync: { url: string; board: string }, token: string): SavingClient {
  const doc = new Y.Doc();
  const connection = boardConnection(sync, token, doc);
  connections.add(connection);
  const listeners: Array<() => void> = [];
  let count = 0;
  const handlers = connection.provider.messageHandlers;
  const handle = handlers[SavedMessageType.saved];
  if (!handle) throw new Error('sync-client registered no acknowledgement handler');
  handlers[SavedMessageType.saved] = (...args) => {
    count += 1;
    for (const listener of listeners) listener();
    handle(...args);
  };
  return {
    doc,
    connection,
    onAcknowledgement: (listener) => listeners.push(listener),
    acknowledgements: () => count,
  };
}

export function disconnectSaving(): void {
  for (const connection of connections) connection.destroy();
  connections.clear();
}

/** The room as stored right now (snapshot and log), read beside the running server. */
export function storedDoc(dataDir: string, room: string): Y.Doc {
  const db = new DatabaseSync(join(dataDir, 'avaa.sqlite'), { readOnly: true });
  const doc = new Y.Doc();
  try {
    const snapshot = db.prepare('SELECT data FROM room_snapshots WHERE room = ?').get(room);
    if (snapshot?.data instanceof Uint8Array) Y.applyUpdate(doc, snapshot.data);
    for (const row of db.prepare('SELECT data FROM room_updates WHERE room = ? ORDER BY id').all(room)) {
      if (row.data instanceof Uint8Array) Y.applyUpdate(doc, row.data);
    }
    return doc;
  } finally {
    db.close();
  }
}
