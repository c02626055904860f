import { type BoardConnection, connectBoard } from '@avaa/sync-client';
import * as Y from 'yjs';
import type { ClientConfig } from '../config.ts';
import { keepOfflineCopy, type OfflineCopy } from './offlineCopy.ts';

/**
 * One room's document for as long as someone shows it: the Y.Doc, the server connection and,
 * where wanted, this device's offline copy. Created and closed together; nothing outlives it.
 */
export type RoomSession = {
  readonly room: string;
  readonly doc: Y.Doc;
  readonly connection: BoardConnection;
  /** The offline copy's transaction origin (see `originKind`); undefined without one. */
  readonly offlineOrigin: unknown;
  /**
   * Resolves once the device's copy is in the document; null without one. A page that waits for
   * it shows the room once, with what the device has, instead of empty and then again.
   */
  readonly offlineRead: Promise<void> | null;
  close(): void;
};

export function openRoom(config: ClientConfig, room: string, token: string, offlineCopy: boolean): RoomSession {
  const doc = new Y.Doc();
  const local: OfflineCopy | null = offlineCopy ? keepOfflineCopy(room, doc) : null;
  const connection = connectBoard({
    url: config.syncUrl,
    board: room,
    token,
    doc,
    ...(config.WebSocketPolyfill ? { WebSocketPolyfill: config.WebSocketPolyfill } : {}),
    ...(config.followBrowserOnline === undefined ? {} : { followBrowserOnline: config.followBrowserOnline }),
  });
  let open = true;
  return {
    room,
    doc,
    connection,
    offlineOrigin: local?.origin,
    offlineRead: local?.read ?? null,
    close() {
      if (!open) return;
      open = false;
      connection.destroy();
      local?.destroy();
      doc.destroy();
    },
  };
}
