import { createNote, notesInCell } from '@avaa/board-model';
import { CloseCode } from '@avaa/protocol';
import { afterEach, expect, test } from 'vitest';
import { createWorkshop, joinAs, syncOn } from './helpers/api.ts';
import { killChildren, spawnServer } from './helpers/childServer.ts';
import { connectClient, disconnect, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { TEST_CELL } from './helpers/notes.ts';
import { closeRawSockets, opened, openRaw, syncUrl } from './helpers/rawSocket.ts';
import { closeTestServers, tempDir } from './helpers/server.ts';

afterEach(async () => {
  disconnectAll();
  closeRawSockets();
  killChildren();
  await closeTestServers();
});

const CANARY = 'Kanarialintu-4b1d';
type Line = { event: string; requestId?: string; workshop?: string; [field: string]: unknown };

// The server's real stderr (main.ts, JSON lines) during HTTP requests and a socket session: every
// line about a request or a socket names its request id, every line about a workshop names it,
// and none holds a token, a join code or note text.
test('log lines carry the request id and the workshop id, never a token or note text', async () => {
  const server = await spawnServer(tempDir());
  const workshop = await createWorkshop(server.url, `Työpaja ${CANARY}`);
  const facilitator = workshop.sync.tokens.facilitator;
  const lines = () =>
    server
      .stderr()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Line);

  // HTTP: a proxy's well-formed id is kept and echoed; one that is not is replaced.
  const kept = await fetch(`${server.url}/api/workshops/${workshop.id}/boards`, {
    headers: { Authorization: `Bearer ${facilitator}`, 'X-Request-Id': 'proxy-0f3c9a7e5d2b41c8' },
  });
  expect(kept.headers.get('x-request-id')).toBe('proxy-0f3c9a7e5d2b41c8');
  const replaced = await fetch(`${server.url}/api/workshops/${workshop.id}/boards`, {
    headers: { Authorization: `Bearer ${facilitator}`, 'X-Request-Id': facilitator },
  });
  const fresh = replaced.headers.get('x-request-id') ?? '';
  expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
  const person = await joinAs(server.url, workshop, `Nimi ${CANARY}`);

  // A socket session: a stock client writes a note with the canary, then leaves.
  const sync = syncOn(server, workshop);
  const writer = connectClient(sync, person.token);
  await synced(writer);
  createNote(writer.doc, TEST_CELL, { text: `Lappu ${CANARY}` });
  const reader = connectClient(sync, workshop.sync.tokens.viewer);
  await synced(reader);
  await eventually(() => expect(notesInCell(reader.doc, TEST_CELL)).toHaveLength(1));
  disconnect(writer);
  // A socket's id is echoed in the upgrade's answer too; a forged token is refused with it logged.
  const raw = openRaw(syncUrl(sync, workshop.sync.board, `v1.${CANARY}.sig`), {
    headers: { 'X-Request-Id': 'socket-7e5d2b41c8a6' },
  });
  const upgradeId = new Promise<unknown>((resolve) =>
    raw.socket.on('upgrade', (res) => resolve(res.headers['x-request-id'])),
  );
  expect(await raw.closed).toBe(CloseCode.unauthorized);
  expect(await upgradeId).toBe('socket-7e5d2b41c8a6');
  const viewer = openRaw(syncUrl(sync, workshop.sync.board, workshop.sync.tokens.viewer));
  await opened(viewer);

  await eventually(() => {
    const closed = lines().filter((line) => line.event === 'socket-closed');
    expect(closed.length).toBeGreaterThanOrEqual(2);
  });
  const all = lines();
  const http = all.filter((line) => line.event === 'http' && String(line.path).includes(workshop.id));
  expect(http.find((line) => line.requestId === 'proxy-0f3c9a7e5d2b41c8')).toMatchObject({ workshop: workshop.id });
  expect(http.find((line) => line.requestId === fresh)).toMatchObject({ workshop: workshop.id });
  for (const line of all.filter((line) => line.event === 'http')) expect(line.requestId).toMatch(/^[\w-]{8,64}$/);

  const sockets = all.filter((line) => line.event.startsWith('socket-'));
  expect(sockets.map((line) => line.event)).toEqual(
    expect.arrayContaining(['socket-joined', 'socket-closed', 'socket-refused']),
  );
  for (const line of sockets) {
    expect(line, line.event).toMatchObject({
      workshop: workshop.id,
      requestId: expect.stringMatching(/^[\w-]{8,64}$/),
    });
  }
  expect(sockets.find((line) => line.event === 'socket-refused')?.requestId).toBe('socket-7e5d2b41c8a6');
  // One id per socket: the writer's join and close share it, and the reader's differs.
  const joined = sockets.filter((line) => line.event === 'socket-joined').map((line) => line.requestId);
  expect(new Set(joined).size).toBe(joined.length);
  for (const line of all.filter((line) => line.event.startsWith('room-'))) {
    expect(line, line.event).toMatchObject({ workshop: workshop.id });
  }

  const text = server.stderr();
  for (const secret of [CANARY, person.token, workshop.joinCode, ...Object.values(workshop.sync.tokens)]) {
    expect(text.includes(secret), secret === CANARY ? 'the canary' : 'a token or join code').toBe(false);
  }
});
