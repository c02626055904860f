import type { WebsocketProvider } from 'y-websocket';

/**
 * Everything of y-websocket 3's provider beyond its documented API that Avaa uses, in one place
 * (the document's side is @avaa/board-model's yjsInternals.ts): its awareness relay and its
 * socket. Pinned to y-websocket 3 by providerInternals.test.ts; this list is the checklist for
 * y-websocket 4 and Yjs 14.
 */

/**
 * y-websocket sends every presence change its awareness hears, other clients' too, so each change
 * came back to the server from every client in the room (n echoes, each counted against that
 * client's frame budget). The server keeps everyone's presence and gives it to newcomers: send
 * only our own. Replaced in place, so the provider's destroy() still unregisters it.
 */
export function sendOwnPresenceOnly(provider: WebsocketProvider, clientId: number): void {
  const stock = provider._awarenessUpdateHandler;
  provider.awareness.off('update', stock);
  provider._awarenessUpdateHandler = (changes: AwarenessChanges, origin: unknown) => {
    const own = [...changes.added, ...changes.updated, ...changes.removed].includes(clientId);
    if (own) stock({ added: [clientId], updated: [], removed: [] }, origin);
  };
  provider.awareness.on('update', provider._awarenessUpdateHandler);
}

type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };

/** The provider's socket while one is open or opening; null between connections. */
export function socketOf(provider: WebsocketProvider): WebSocket | null {
  return provider.ws;
}
