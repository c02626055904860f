import { createNote, deleteNote, type PersonId, readAllNotes, readNote } from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { type CreatedWorkshop, createWorkshop, getJson, joinAs, syncOn } from './helpers/api.ts';
import { filesHolding, newCanary } from './helpers/canary.ts';
import { type Client, connectAs, disconnect, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { connectPrivate, liveTexts, reveal } from './helpers/privateWriting.ts';
import { closeTestServers, startTestServer, type TestServer } from './helpers/server.ts';

// Issue 18 follow-up: a person's private room gets the boards' erasure. A note deleted there has
// its text erased 7 days after the server saw the delete: at load, hourly while the room is
// loaded, and by the sweep of stored rooms when nobody opens the room again.

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

const DAY_MS = 24 * 60 * 60 * 1000;

/** The server's clock, moved by the test (config `now`). */
function testClock() {
  const clock = { at: Date.now() };
  return { clock, now: () => clock.at };
}

function writeNote(client: Client, text: string) {
  const created = createNote(client.doc, 'start:services', { text });
  if (!created.ok) throw new Error(created.error);
  return created.value;
}

/** A person writing privately on the common table: their note, deleted, and one they keep. */
async function deletedPrivately(server: TestServer) {
  const workshop = await createWorkshop(server.url);
  const joined = await joinAs(server.url, workshop, 'Aino');
  const person = joined.person.id;
  const own = connectPrivate(syncOn(server, workshop), workshop, person, joined.token);
  await synced(own);
  const canary = newCanary();
  const kept = writeNote(own, 'Matala kynnys');
  const id = writeNote(own, canary);
  deleteNote(own.doc, id);
  await eventually(() => expect(filesHolding(server.dataDir, canary)).not.toEqual([]));
  return { workshop, person, token: joined.token, own, canary, id, kept };
}

async function unloaded(server: TestServer) {
  await eventually(async () => expect((await getJson(`${server.url}/healthz`)).body).toMatchObject({ rooms: 0 }));
}

/** The person's private room opened again, once synced. */
async function reopen(server: TestServer, workshop: CreatedWorkshop, person: PersonId, token: string) {
  const again = connectPrivate(syncOn(server, workshop), workshop, person, token);
  await synced(again);
  return again;
}

test('a private note deleted within the week keeps its text for Undo', async () => {
  const { clock, now } = testClock();
  const server = await startTestServer({ now, deletedNoteSweepMs: 50 });
  const { workshop, person, token, own, canary, id } = await deletedPrivately(server);
  disconnect(own);
  await unloaded(server);
  clock.at += 6 * DAY_MS;
  const again = await reopen(server, workshop, person, token);
  expect(readNote(again.doc, id)).toMatchObject({ text: canary, deleted: true });
});

test('a private room nobody opens again is erased by the sweep of stored rooms, from every database file', async () => {
  const { clock, now } = testClock();
  const server = await startTestServer({ now, deletedNoteSweepMs: 50 });
  const { workshop, person, token, own, canary, id, kept } = await deletedPrivately(server);
  disconnect(own);
  await unloaded(server);
  expect(filesHolding(server.dataDir, canary)).not.toEqual([]);

  clock.at += 8 * DAY_MS;
  // Nobody connects: the sweep alone loads the room, erases, compacts and purges.
  await eventually(() => expect(filesHolding(server.dataDir, canary)).toEqual([]));
  await unloaded(server);
  const again = await reopen(server, workshop, person, token);
  expect(readNote(again.doc, id)).toMatchObject({ text: '', deleted: true });
  expect(readNote(again.doc, kept)?.text).toBe('Matala kynnys');
});

test('after a restart past the week, the sweep at start erases a private room nobody opens', async () => {
  const { clock, now } = testClock();
  const first = await startTestServer({ now });
  const { workshop, person, token, own, canary, id } = await deletedPrivately(first);
  disconnect(own);
  await first.close();
  expect(filesHolding(first.dataDir, canary)).not.toEqual([]);

  clock.at += 8 * DAY_MS;
  // The hourly sweep never comes in this test: only the one at start.
  const second = await startTestServer({ dataDir: first.dataDir, now });
  await eventually(() => expect(filesHolding(second.dataDir, canary)).toEqual([]));
  const again = await reopen(second, workshop, person, token);
  expect(readNote(again.doc, id)).toMatchObject({ text: '', deleted: true });
});

test('a private room open all week has a deleted note erased by the periodic sweep, on the screen and in the files', async () => {
  const { clock, now } = testClock();
  const server = await startTestServer({ now, deletedNoteSweepMs: 50 });
  const { own, canary, id } = await deletedPrivately(server);
  clock.at += 8 * DAY_MS;
  await eventually(() => expect(readNote(own.doc, id)?.text).toBe(''));
  await eventually(() => expect(filesHolding(server.dataDir, canary)).toEqual([]));
});

test('the reveal brings no erased text back: not a deleted note, nor one restored after the erasure', async () => {
  const { clock, now } = testClock();
  const server = await startTestServer({ now, deletedNoteSweepMs: 50 });
  const { workshop, person, token, own, canary, id } = await deletedPrivately(server);
  disconnect(own);
  await unloaded(server);
  clock.at += 8 * DAY_MS;
  await eventually(() => expect(filesHolding(server.dataDir, canary)).toEqual([]));

  const again = await reopen(server, workshop, person, token);
  // A restore after the week (an Undo from a device offline all along) gives an empty note.
  expect(readNote(again.doc, id)).toMatchObject({ text: '', deleted: true });
  again.doc.transact(() => {
    const note = again.doc.getMap('notes').get(id);
    if (note instanceof Y.Map) note.set('deleted', false);
  });
  await eventually(async () =>
    expect((await reveal(server.url, workshop, workshop.sync.tokens.facilitator)).body).toEqual({ added: 1 }),
  );
  const board = connectAs(workshop, 'viewer');
  await synced(board);
  expect(liveTexts(board)).toEqual(['Matala kynnys']);
  expect(filesHolding(server.dataDir, canary)).toEqual([]);
});

test('the reveal, the first to load a private room past its week, erases it before reading it', async () => {
  const { clock, now } = testClock();
  // No sweep comes before the reveal: only the one at start, before the week passed.
  const server = await startTestServer({ now });
  const { workshop, own, canary } = await deletedPrivately(server);
  disconnect(own);
  await unloaded(server);
  clock.at += 8 * DAY_MS;
  const recorded = await reveal(server.url, workshop, workshop.sync.tokens.facilitator);
  expect(recorded).toEqual({ status: 200, body: { added: 1 } });
  const board = connectAs(workshop, 'viewer');
  await synced(board);
  expect(liveTexts(board)).toEqual(['Matala kynnys']);
  disconnect(board);
  await eventually(() => expect(filesHolding(server.dataDir, canary)).toEqual([]));
});

test('a revealed note leaves no copy in the private room: once the board erases it, no file holds it', async () => {
  const { clock, now } = testClock();
  const server = await startTestServer({ now, deletedNoteSweepMs: 50 });
  const workshop = await createWorkshop(server.url);
  const joined = await joinAs(server.url, workshop, 'Aino');
  const own = connectPrivate(syncOn(server, workshop), workshop, joined.person.id, joined.token);
  await synced(own);
  const canary = newCanary();
  const privateId = writeNote(own, canary);
  await eventually(async () =>
    expect((await reveal(server.url, workshop, workshop.sync.tokens.facilitator)).body).toEqual({ added: 1 }),
  );
  // The person's copy is emptied once the board holds the note.
  await eventually(() => expect(readNote(own.doc, privateId)?.text).toBe(''));
  disconnect(own);

  const facilitator = connectAs(workshop, 'facilitator');
  const witness = connectAs(workshop, 'viewer');
  await synced(facilitator, witness);
  const [revealed] = readAllNotes(facilitator.doc);
  expect(revealed?.text).toBe(canary);
  deleteNote(facilitator.doc, revealed!.id);
  await eventually(() => expect(readNote(witness.doc, revealed!.id)?.deleted).toBe(true));
  disconnectAll();
  await unloaded(server);
  clock.at += 8 * DAY_MS;
  await eventually(() => expect(filesHolding(server.dataDir, canary)).toEqual([]));
});

test('deleting the workshop removes its private rooms from storage', async () => {
  const server = await startTestServer();
  const workshop = await createWorkshop(server.url);
  const joined = await joinAs(server.url, workshop, 'Aino');
  const own = connectPrivate(syncOn(server, workshop), workshop, joined.person.id, joined.token);
  await synced(own);
  const canary = newCanary();
  writeNote(own, canary);
  await eventually(() => expect(filesHolding(server.dataDir, canary)).not.toEqual([]));
  const answer = await fetch(`${server.url}/api/workshops/${workshop.id}`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${workshop.sync.tokens.facilitator}` },
  });
  expect(answer.status).toBe(204);
  expect(filesHolding(server.dataDir, canary)).toEqual([]);
});
