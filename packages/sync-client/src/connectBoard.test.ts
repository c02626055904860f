import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
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
});
