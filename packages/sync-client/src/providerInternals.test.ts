import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { sendOwnPresenceOnly, socketOf } from './providerInternals.ts';

// Pins what Avaa reaches of y-websocket 3's provider beyond its documented API
// (providerInternals.ts), through a real socket: a failure after an upgrade names what to rewrite.
const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

/** A socket server that records the client ids of every presence frame it receives. */
async function presenceRecorder() {
  const seen: number[][] = [];
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await once(wss, 'listening');
  wss.on('connection', (socket) => {
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== 1) return;
      const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      const ids: number[] = [];
      for (let count = decoding.readVarUint(update); count > 0; count -= 1) {
        ids.push(decoding.readVarUint(update));
        decoding.readVarUint(update);
        decoding.readVarString(update);
      }
      seen.push(ids);
    });
  });
  cleanup.push(() => wss.close());
  return { url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/sync`, seen };
}

async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > 5000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('providerInternals: y-websocket 3 as Avaa reaches it', () => {
  it("sends only this client's own presence, never others' it hears", async () => {
    const server = await presenceRecorder();
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(server.url, 'w/plenary', doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    cleanup.push(() => provider.destroy());
    sendOwnPresenceOnly(provider, doc.clientID);
    await until(() => socketOf(provider)?.readyState === 1);

    const other = new Awareness(new Y.Doc());
    other.setLocalState({ user: { name: 'Bertil', colour: '#0b6e4f' } });
    applyAwarenessUpdate(provider.awareness, encodeAwarenessUpdate(other, [other.clientID]), 'remote');
    provider.awareness.setLocalStateField('user', { name: 'Aino', colour: '#1d4ed8' });
    await until(() => server.seen.some((ids) => ids.includes(doc.clientID)));

    expect(server.seen.flat().includes(other.clientID)).toBe(false);
    expect(server.seen.every((ids) => ids.length === 1 && ids[0] === doc.clientID)).toBe(true);
  });

  it('gives the open socket, and none once disconnected', async () => {
    const server = await presenceRecorder();
    const provider = new WebsocketProvider(server.url, 'w/plenary', new Y.Doc(), {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    cleanup.push(() => provider.destroy());
    await until(() => socketOf(provider)?.readyState === 1);
    provider.disconnect();
    await until(() => socketOf(provider) === null);
  });
});
