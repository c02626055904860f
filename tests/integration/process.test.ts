import { createNote, notesInCell, readMeta } from '@avaa/board-model';
import { CloseCode } from '@avaa/protocol';
import { openSqliteStorage } from '@avaa/server';
import { afterEach, expect, test } from 'vitest';
import { type CreatedWorkshop, createWorkshop, syncOn } from './helpers/api.ts';
import { type ChildServer, killChildren, spawnServer } from './helpers/childServer.ts';
import { connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, tempDir } from './helpers/server.ts';

afterEach(async () => {
  disconnectAll();
  killChildren();
  await closeTestServers();
});

const texts = (notes: { text: string }[]) => notes.map((note) => note.text);

/** Writes two notes and waits until the server relayed them (it relays only what is stored). */
async function writeAndWitness(server: ChildServer, workshop: CreatedWorkshop) {
  const writer = connectClient(syncOn(server, workshop), workshop.sync.tokens.participant);
  const witness = connectClient(syncOn(server, workshop), workshop.sync.tokens.viewer);
  await synced(writer, witness);
  createNote(writer.doc, 'start:services', { text: 'Walk-in guidance' });
  createNote(writer.doc, 'start:participation', { text: 'Youth panel at the first meeting' });
  await eventually(() => {
    expect(texts(notesInCell(witness.doc, 'start:services'))).toEqual(['Walk-in guidance']);
    expect(texts(notesInCell(witness.doc, 'start:participation'))).toHaveLength(1);
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

test('edits that reached another client survive kill -9', async () => {
  const dataDir = tempDir();
  const server = await spawnServer(dataDir);
  const workshop = await createWorkshop(server.url);
  await writeAndWitness(server, workshop);

  server.child.kill('SIGKILL');
  expect((await server.exited).signal).toBe('SIGKILL');
  disconnectAll();
  await expectNotesAfterRestart(dataDir, workshop);
});

test('SIGTERM closes sockets with 1012, writes every room out and exits 0', async () => {
  const dataDir = tempDir();
  const server = await spawnServer(dataDir);
  expect(server.startupMs).toBeGreaterThan(0);
  const workshop = await createWorkshop(server.url);
  const { writer } = await writeAndWitness(server, workshop);

  server.child.kill('SIGTERM');
  expect(await server.exited).toEqual({ code: 0, signal: null });
  await eventually(() => expect(writer.closeCodes).toContain(CloseCode.serviceRestart));
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
