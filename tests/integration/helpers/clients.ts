import type { Role } from '@avaa/protocol';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { CreatedWorkshop } from './api.ts';
import { eventually } from './eventually.ts';

/** A stock y-websocket client, as any Yjs app would connect. */
export type Client = {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** Close codes of every connection this client saw end. */
  readonly closeCodes: number[];
};

const clients = new Set<Client>();

/** `doc`: an existing document, e.g. one a client kept while its server was replaced. */
export function connectClient(sync: { url: string; board: string }, token: string, doc = new Y.Doc()): Client {
  const provider = new WebsocketProvider(sync.url, sync.board, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Without this, clients in one process would sync through BroadcastChannel, not the server.
    disableBc: true,
    maxBackoffTime: 300,
  });
  const client: Client = { doc, provider, closeCodes: [] };
  provider.on('connection-close', (event) => {
    if (event) client.closeCodes.push(event.code);
  });
  clients.add(client);
  return client;
}

export function connectAs(workshop: CreatedWorkshop, role: Role): Client {
  return connectClient(workshop.sync, workshop.sync.tokens[role]);
}

export async function synced(...list: Client[]): Promise<void> {
  await eventually(() => {
    for (const client of list) if (!client.provider.synced) throw new Error('not synced yet');
  }, 15_000);
}

export function disconnect(client: Client): void {
  clients.delete(client);
  client.provider.destroy();
  client.doc.destroy();
}

/** For afterEach. */
export function disconnectAll(): void {
  for (const client of [...clients]) disconnect(client);
}
