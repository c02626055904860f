import 'fake-indexeddb/auto';
import { createNote, readAllNotes } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import { createWorkshopClient, revealPrivateNotes, type WorkshopClient } from '@avaa/workshop-client';
import { afterEach, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { type CreatedWorkshop, createWorkshop, joinAs } from './helpers/api.ts';
import { must } from './helpers/apiResults.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer, type TestServer } from './helpers/server.ts';

// Issue 18, point 1, through the client the web app uses: a person's private notes keep this
// device's offline copy like every board, so nothing written alone is lost before the reveal.

const clients: WorkshopClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await closeTestServers();
});

function clientFor(server: TestServer, workshop: CreatedWorkshop, token: string) {
  const client = createWorkshopClient({
    workshopId: workshop.id as WorkshopId,
    token,
    syncUrl: `${server.url.replace(/^http/, 'ws')}/sync`,
    apiBase: server.url,
    offlineCopies: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    followBrowserOnline: false,
  });
  clients.push(client);
  return client;
}

describe("the workshop client's private board", () => {
  test('keeps what was written while the server was away in the offline copy, and the reveal brings it all', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const aino = await joinAs(server.url, workshop, 'Aino');
    const first = clientFor(server, workshop, aino.token).openPrivateBoard({ kind: 'plenary' }, aino.person.id);
    await eventually(() => expect(first.connection.status.getSnapshot().state).toBe('live'));
    must(createNote(first.doc, 'start:services', { text: 'Kirjoitettu yhteydessä' }));
    await eventually(() => expect(first.connection.savedState.getSnapshot()).toBe('saved'));

    // The server goes away; writing goes on into the offline copy; the page is closed.
    await server.close();
    must(createNote(first.doc, 'ending:services', { text: 'Kirjoitettu ilman yhteyttä' }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const client of clients.splice(0)) client.close();

    // Another day, the same device: the copy goes up, then the facilitator reveals.
    const again = await startTestServer({ dataDir: server.dataDir });
    const back = clientFor(again, workshop, aino.token).openPrivateBoard({ kind: 'plenary' }, aino.person.id);
    await eventually(() => expect(back.connection.savedState.getSnapshot()).toBe('saved'));
    await eventually(() => expect(readAllNotes(back.doc)).toHaveLength(2));
    const target = { base: again.url, workshop: workshop.id as WorkshopId, token: workshop.sync.tokens.facilitator };
    await eventually(async () =>
      expect(await revealPrivateNotes(target, { kind: 'plenary' })).toEqual({ ok: true, value: { added: 2 } }),
    );
    const board = clientFor(again, workshop, workshop.sync.tokens.viewer).openBoard(
      { kind: 'plenary' },
      { undoable: false },
    );
    await eventually(() =>
      expect(
        readAllNotes(board.doc)
          .map((note) => note.text)
          .sort(),
      ).toEqual(['Kirjoitettu ilman yhteyttä', 'Kirjoitettu yhteydessä']),
    );
  });

  test('is refused for a token that does not name its person', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const aino = await joinAs(server.url, workshop, 'Aino');
    const projector = clientFor(server, workshop, workshop.sync.tokens.viewer);
    const theirs = projector.openPrivateBoard({ kind: 'plenary' }, aino.person.id);
    await eventually(() => expect(theirs.closedReason.getSnapshot()).toBe('forbidden'));
    expect(readAllNotes(theirs.doc)).toEqual([]);
  });
});
