import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { type BoardConnection, connectBoard } from './connectBoard.ts';
import type { ConnectionStatus } from './connectionStatus.ts';

// A stand-in server just big enough to drive the client's states: it either answers the sync
// handshake from its own document, or closes every socket with a given code.
async function fakeServer(behaviour: { closeWith?: number }) {
  const serverDoc = new Y.Doc();
  serverDoc.getMap('meta').set('title', 'from server');
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await once(wss, 'listening');
  wss.on('connection', (socket) => {
    if (behaviour.closeWith) {
      socket.close(behaviour.closeWith, 'test');
      return;
    }
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== 0) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.readSyncMessage(decoder, encoder, serverDoc, null);
      if (encoding.length(encoder) > 1) socket.send(encoding.toUint8Array(encoder));
    });
  });
  const { port } = wss.address() as AddressInfo;
  return { url: `ws://127.0.0.1:${port}/sync`, close: () => wss.close() };
}

function statesOf(connection: BoardConnection): ConnectionStatus[] {
  const seen: ConnectionStatus[] = [connection.status.getSnapshot()];
  connection.status.subscribe(() => seen.push(connection.status.getSnapshot()));
  return seen;
}

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

describe('connectBoard', () => {
  it('goes from connecting to live once the server has synced the document', async () => {
    const server = await fakeServer({});
    const doc = new Y.Doc();
    const connection = connectBoard({ url: server.url, board: 'k3m9x2p7qa/plenary', token: 't', doc });
    cleanup.push(() => connection.destroy(), server.close);
    const seen = statesOf(connection);
    await expect.poll(() => connection.status.getSnapshot().state).toBe('live');
    expect(seen[0]).toEqual({ state: 'connecting' });
    expect(doc.getMap('meta').get('title')).toBe('from server');
  });

  it('stops for good with the close code name when the server refuses the token', async () => {
    const server = await fakeServer({ closeWith: 4401 });
    const connection = connectBoard({ url: server.url, board: 'k3m9x2p7qa/plenary', token: 'bad', doc: new Y.Doc() });
    cleanup.push(() => connection.destroy(), server.close);
    await expect
      .poll(() => connection.status.getSnapshot())
      .toEqual({ state: 'closed', reason: 'unauthorized', code: 4401 });
    expect(connection.provider.shouldConnect).toBe(false);
  });

  it('reports a restart as offline with its reason and keeps trying', async () => {
    const server = await fakeServer({ closeWith: 1012 });
    const connection = connectBoard({ url: server.url, board: 'k3m9x2p7qa/plenary', token: 't', doc: new Y.Doc() });
    cleanup.push(() => connection.destroy(), server.close);
    await expect.poll(() => connection.status.getSnapshot()).toEqual({ state: 'offline', reason: 'serviceRestart' });
    expect(connection.provider.shouldConnect).toBe(true);
  });

  it('reconnects the boards before the workshop room when the browser is back online', async () => {
    const server = await fakeServer({});
    // Node has no window: its online/offline events, for this test.
    const browser = new EventTarget();
    const global = globalThis as unknown as Record<string, unknown>;
    global.addEventListener = browser.addEventListener.bind(browser);
    global.removeEventListener = browser.removeEventListener.bind(browser);
    const created: string[] = [];
    class RecordingSocket extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        created.push(new URL(String(url)).pathname.replace('/sync/', ''));
      }
    }
    // The workshop room first, as the web app opens it.
    const rooms = ['k3m9x2p7qa/workshop', 'k3m9x2p7qa/plenary', 'k3m9x2p7qa/group/1'];
    const connections = rooms.map((board) =>
      connectBoard({
        url: server.url,
        board,
        token: 't',
        doc: new Y.Doc(),
        WebSocketPolyfill: RecordingSocket as unknown as typeof globalThis.WebSocket,
      }),
    );
    cleanup.push(() => {
      for (const connection of connections) connection.destroy();
      delete global.addEventListener;
      delete global.removeEventListener;
    }, server.close);
    const allLive = () => connections.every((connection) => connection.status.getSnapshot().state === 'live');
    await expect.poll(allLive).toBe(true);
    expect(created).toEqual(rooms);
    browser.dispatchEvent(new Event('offline'));
    await expect
      .poll(() => connections.map((connection) => connection.status.getSnapshot().state))
      .toEqual(['offline', 'offline', 'offline']);
    created.length = 0;
    browser.dispatchEvent(new Event('online'));
    await expect.poll(() => created.length).toBe(3);
    // One socket at a time connects to a host in a browser: the boards' go first.
    expect(created).toEqual(['k3m9x2p7qa/plenary', 'k3m9x2p7qa/group/1', 'k3m9x2p7qa/workshop']);
    await expect.poll(allLive).toBe(true);
  });
});
