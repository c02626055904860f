import { createNote, notesInCell, readMeta } from '@avaa/board-model';
import { CloseCode } from '@avaa/protocol';
import { openSqliteStorage } from '@avaa/server';
import { afterEach, expect, test } from 'vitest';
import { type CreatedWorkshop, createWorkshop, syncOn } from './helpers/api.ts';
import { type ChildServer, killChildren, spawnServer } from './helpers/childServer.ts';
import { connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { connectSaving, disconnectSaving } from './helpers/savedClients.ts';
import { closeTestServers, tempDir } from './helpers/server.ts';

afterEach(async () => {
  disconnectSaving();
  disconnectAll();
  killChildren();
  await closeTestServers();
});

const texts = (notes: { text: string }[]) => notes.map((note) => note.text);

/**
 * Writes two notes as the web app does (asking for "saved"), and waits until another client has
 * them and the writer's client says they are saved: committed, so they must survive anything.
 */
async function writeAndWitness(server: ChildServer, workshop: CreatedWorkshop) {
  const writer = connectSaving(syncOn(server, workshop), workshop.sync.tokens.participant);
  const witness = connectClient(syncOn(server, workshop), workshop.sync.tokens.viewer);
  await synced(witness);
  await eventually(() => expect(writer.connection.status.getSnapshot().state).toBe('live'));
  createNote(writer.doc, 'start:services', { text: 'Walk-in guidance' });
  createNote(writer.doc, 'start:participation', { text: 'Youth panel at the first meeting' });
  await eventually(() => {
    expect(texts(notesInCell(witness.doc, 'start:services'))).toEqual(['Walk-in guidance']);
    expect(texts(notesInCell(witness.doc, 'start:participation'))).toHaveLength(1);
    expect(writer.connection.savedState.getSnapshot()).toBe('saved');
  });
  return { writer, witness };
}

async function expectNotesAfterRestart(dataDir: string, workshop: CreatedWorkshop) {
  const restarted = await spawnServer(dataDir);
  const fresh = connectClient(syncOn(restarted, workshop), workshop.sync.tokens.viewer);
  await synced(fresh);
  expect(readMeta(fresh.doc)?.title).toBe(workshop.title);
  expect(texts(notesInCell(fresh.doc, 'start:services'))).toEqual(['Walk-in guidance']);
  expect(texts(notesInCell(fresh.doc, 'start:participation'))).toEqual(['Youth panel at the first meeting']);
}

test('edits the writer was told are saved survive kill -9', async () => {
  const dataDir = tempDir();
  const server = await spawnServer(dataDir);
  const workshop = await createWorkshop(server.url);
  await writeAndWitness(server, workshop);

  server.child.kill('SIGKILL');
  expect((await server.exited).signal).toBe('SIGKILL');
  // Nobody gives the edits back: what the restarted server has, it had stored.
  disconnectSaving();
  disconnectAll();
  await expectNotesAfterRestart(dataDir, workshop);
});

test('SIGTERM closes sockets with 1012, writes every room out and exits 0', async () => {
  const dataDir = tempDir();
  const server = await spawnServer(dataDir);
  expect(server.startupMs).toBeGreaterThan(0);
  const workshop = await createWorkshop(server.url);
  const { witness } = await writeAndWitness(server, workshop);

  server.child.kill('SIGTERM');
  expect(await server.exited).toEqual({ code: 0, signal: null });
  await eventually(() => expect(witness.closeCodes).toContain(CloseCode.serviceRestart));
  disconnectSaving();
  disconnectAll();

  // The room was compacted on the way down: a snapshot and no log rows.
  const storage = openSqliteStorage(dataDir);
  expect(await storage.roomStats(workshop.sync.board)).toEqual({ logEntries: 0, hasSnapshot: true });
  await storage.close();
  // Logs carry neither note text nor tokens.
  expect(server.stderr()).not.toContain('Walk-in guidance');
  expect(server.stderr()).not.toContain(workshop.sync.tokens.participant);
  expect(server.stderr()).toContain('"event":"shutdown"');

  await expectNotesAfterRestart(dataDir, workshop);
});
