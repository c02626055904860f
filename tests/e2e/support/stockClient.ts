import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A stock y-websocket client, as any Yjs app would connect: no code of ours on the client side. */
export type StockClient = { readonly doc: Y.Doc; readonly provider: WebsocketProvider; close(): void };

export async function connectStock(syncUrl: string, room: string, token: string): Promise<StockClient> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const start = Date.now();
  while (!provider.synced) {
    if (Date.now() - start > 10_000) throw new Error(`stock client never synced with ${room}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    doc,
    provider,
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/**
 * Waits until the server has handled everything this client sent: frames of one connection are
 * handled in order, so once a later awareness change reaches `observer`, earlier updates have
 * been applied (or dropped).
 */
export async function flushed(client: StockClient, observer: StockClient): Promise<void> {
  const marker = `flush-${Date.now()}-${Math.random()}`;
  client.provider.awareness.setLocalStateField('marker', marker);
  const start = Date.now();
  for (;;) {
    const state = observer.provider.awareness.getStates().get(client.doc.clientID) as { marker?: string } | undefined;
    if (state?.marker === marker) return;
    if (Date.now() - start > 10_000) throw new Error('the marker never arrived');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
