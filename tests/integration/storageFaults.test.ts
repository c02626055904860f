import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { createNote } from '@avaa/board-model';
import { CloseCode } from '@avaa/protocol';
import { jsonLogger, openSqliteStorage } from '@avaa/server';
import { afterEach, describe, expect, test } from 'vitest';
import { createWorkshop, syncOn } from './helpers/api.ts';
import { killChildren, spawnServer } from './helpers/childServer.ts';
import { eventually } from './helpers/eventually.ts';
import { whileProbing } from './helpers/healthProbe.ts';
import { holdDatabaseLock } from './helpers/lockHolder.ts';
import { connectSaving, disconnectSaving } from './helpers/savedClients.ts';
import { closeTestServers, startTestServer, tempDir } from './helpers/server.ts';

afterEach(async () => {
  disconnectSaving();
  killChildren();
  await closeTestServers();
});

/** How much slower than in the quiet second before /healthz may answer while the lock is held. */
const STALL_BOUND_MS = 1000;
const CELL = 'during:services';

describe('storage faults (issue 14, point 10)', () => {
  test('another process holding the database lock does not stall the server; the edit is saved after', async () => {
    const dataDir = tempDir();
    const server = await spawnServer(dataDir);
    const workshop = await createWorkshop(server.url);
    const writer = connectSaving(syncOn(server, workshop), workshop.sync.tokens.participant);
    await eventually(() => expect(writer.connection.status.getSnapshot().state).toBe('live'));
    const lock = await holdDatabaseLock(dataDir);
    const held = await whileProbing(server.url, async () => {
      expect(createNote(writer.doc, CELL, { text: 'Ajanvaraus verkossa' }).ok).toBe(true);
      // Long enough for several of the old 5 s busy waits to have begun.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      return writer.connection.savedState.getSnapshot();
    });
    console.info(`database locked 3 s: slowest /healthz ${held.worstMs} ms (quiet ${held.baselineMs} ms)`);
    expect(held.result).not.toBe('saved');
    await lock.release();
    await eventually(() => expect(writer.connection.savedState.getSnapshot()).toBe('saved'), 10_000);
    expect(held.worstMs).toBeLessThan(held.baselineMs + STALL_BOUND_MS);
  });

  test('a lock held past the deadline: nothing is called saved, a log line says why, the socket closes 1011', async () => {
    const lines: string[] = [];
    const server = await startTestServer({
      openStorage: (dir) => openSqliteStorage(dir, { busyDeadlineMs: 500 }),
      logger: jsonLogger('info', (line) => lines.push(line)),
    });
    const workshop = await createWorkshop(server.url);
    const writer = connectSaving(workshop.sync, workshop.sync.tokens.participant);
    const closes: number[] = [];
    writer.connection.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    await eventually(() => expect(writer.connection.status.getSnapshot().state).toBe('live'));
    const lock = await holdDatabaseLock(server.dataDir);
    expect(createNote(writer.doc, CELL, { text: 'Ajanvaraus verkossa' }).ok).toBe(true);
    await eventually(() => expect(closes).toContain(CloseCode.internalError), 10_000);
    expect(writer.acknowledgements()).toBe(0);
    // The writer's first change registers its client id first (rooms/clientRegistry.ts): that
    // write fails under the lock, or the change's own commit does; either says why, as an error.
    const failed = lines
      .map((line) => JSON.parse(line))
      .find((entry) => entry.event === 'room-failed' || entry.event === 'client-registration-failed');
    expect(failed).toMatchObject({ level: 'error', room: workshop.sync.board, message: 'database is locked' });
    // Once the lock is gone the client's reconnect hands the edit over again, and it is saved.
    await lock.release();
    await eventually(() => expect(writer.connection.savedState.getSnapshot()).toBe('saved'), 15_000);
  });
});

test('a WAL index file cut short under the server: a log line and exit 1, not SIGBUS without a word', async () => {
  const dataDir = tempDir();
  const server = await spawnServer(dataDir);
  const workshop = await createWorkshop(server.url);
  const writer = connectSaving(syncOn(server, workshop), workshop.sync.tokens.participant);
  expect(createNote(writer.doc, CELL, { text: 'Ajanvaraus verkossa' }).ok).toBe(true);
  await eventually(() => expect(writer.connection.savedState.getSnapshot()).toBe('saved'));
  truncateSync(join(dataDir, 'avaa.sqlite-shm'), 0);
  expect(createNote(writer.doc, CELL, { text: 'Jalkautuva työ' }).ok).toBe(true);
  expect(await server.exited).toEqual({ code: 1, signal: null });
  const damaged = server
    .stderr()
    .split('\n')
    .filter((line) => line.includes('"event":"storage-damaged"'));
  expect(damaged).toHaveLength(1);
  // A restart rebuilds the index: the saved note is there.
  const restarted = await spawnServer(dataDir);
  const reader = connectSaving(syncOn(restarted, workshop), workshop.sync.tokens.viewer);
  await eventually(() => expect(JSON.stringify(reader.doc.getMap('notes').toJSON())).toContain('Ajanvaraus'));
});
