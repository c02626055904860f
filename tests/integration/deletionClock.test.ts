import { createNote, DELETIONS_ROOT, deleteNote, type PersonId, readNote } from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import { createWorkshop, getJson, joinAs, syncOn } from './helpers/api.ts';
import { filesHolding, newCanary } from './helpers/canary.ts';
import { type Client, connectAs, connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

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

/** A participant's own note on the common table, as the web app writes it (signed with their id). */
function writeOwnNote(client: Client, person: PersonId, text: string) {
  const created = createNote(client.doc, 'start:services', { text, createdBy: person });
  if (!created.ok) throw new Error(created.error);
  return created.value;
}

/** A participant on the common table and a projector watching it. */
async function participantAndWitness(url: string) {
  const workshop = await createWorkshop(url);
  const joined = await joinAs(url, workshop, 'Anna');
  const anna = connectClient(workshop.sync, joined.token);
  const witness = connectAs(workshop, 'viewer');
  await synced(anna, witness);
  return { workshop, person: joined.person.id, anna, witness };
}

test("a delete its writer dates a month back keeps its text for the week: the server's time counts", async () => {
  const { clock, now } = testClock();
  const server = await startTestServer({ now });
  const { workshop, person, anna, witness } = await participantAndWitness(server.url);
  const canary = newCanary();
  const id = writeOwnNote(anna, person, canary);
  const deletedAt = clock.at;
  deleteNote(anna.doc, id, { now: () => clock.at - 30 * DAY_MS });
  await eventually(() => expect(readNote(witness.doc, id)).toMatchObject({ deleted: true, deletedAt }));
  disconnectAll();
  // The board unloads (the erasure of what is past the grace runs then too), a day later.
  await eventually(async () => expect((await getJson(`${server.url}/healthz`)).body).toMatchObject({ rooms: 0 }));
  clock.at += DAY_MS;

  const facilitator = connectAs(workshop, 'facilitator');
  await synced(facilitator);
  expect(readNote(facilitator.doc, id)).toMatchObject({ text: canary, deleted: true, deletedAt });
  expect(filesHolding(server.dataDir, canary)).not.toEqual([]);
});

test('a delete its writer dates a century ahead is erased 8 days later when the board loads, from every database file', async () => {
  const { clock, now } = testClock();
  const first = await startTestServer({ now });
  const { workshop, person, anna, witness } = await participantAndWitness(first.url);
  const canary = newCanary();
  const kept = writeOwnNote(anna, person, 'Tämä jää');
  const id = writeOwnNote(anna, person, canary);
  deleteNote(anna.doc, id, { now: () => clock.at + 100 * 365 * DAY_MS });
  await eventually(() => expect(readNote(witness.doc, id)?.deleted).toBe(true));
  disconnectAll();
  await first.close();
  expect(filesHolding(first.dataDir, canary)).not.toEqual([]);

  clock.at += 8 * DAY_MS;
  const second = await startTestServer({ dataDir: first.dataDir, now });
  const reader = connectClient(syncOn(second, workshop), workshop.sync.tokens.viewer);
  await synced(reader);
  expect(readNote(reader.doc, id)).toMatchObject({ text: '', deleted: true });
  expect(readNote(reader.doc, kept)?.text).toBe('Tämä jää');
  // While the board stays open: compacted and checkpointed, nothing of it in the files or the WAL.
  await eventually(() => expect(filesHolding(second.dataDir, canary)).toEqual([]));
});

test('a board open all week long has a deleted note erased by the periodic sweep, in every client and file', async () => {
  const { clock, now } = testClock();
  const server = await startTestServer({ now, deletedNoteSweepMs: 50 });
  const workshop = await createWorkshop(server.url);
  const facilitator = connectAs(workshop, 'facilitator');
  const witness = connectAs(workshop, 'viewer');
  await synced(facilitator, witness);
  const canary = newCanary();
  const created = createNote(facilitator.doc, 'ending:services', { text: canary });
  if (!created.ok) throw new Error(created.error);
  deleteNote(facilitator.doc, created.value);
  await eventually(() => expect(readNote(witness.doc, created.value)?.deleted).toBe(true));
  await eventually(() => expect(filesHolding(server.dataDir, canary)).not.toEqual([]));

  clock.at += 8 * DAY_MS;
  await eventually(() => expect(readNote(witness.doc, created.value)?.text).toBe(''));
  expect(readNote(facilitator.doc, created.value)).toMatchObject({ text: '', deleted: true });
  await eventually(() => expect(filesHolding(server.dataDir, canary)).toEqual([]));
});

test('a board nobody opens again has a deleted note erased by the sweep of stored rooms, from every file', async () => {
  const { clock, now } = testClock();
  const server = await startTestServer({ now, deletedNoteSweepMs: 50 });
  const { workshop, person, anna, witness } = await participantAndWitness(server.url);
  const canary = newCanary();
  const id = writeOwnNote(anna, person, canary);
  deleteNote(anna.doc, id);
  await eventually(() => expect(readNote(witness.doc, id)?.deleted).toBe(true));
  disconnectAll();
  await eventually(async () => expect((await getJson(`${server.url}/healthz`)).body).toMatchObject({ rooms: 0 }));
  expect(filesHolding(server.dataDir, canary)).not.toEqual([]);

  clock.at += 8 * DAY_MS;
  // Nobody connects: the sweep loads the board (its erasure was due), erases it and unloads it.
  await eventually(() => expect(filesHolding(server.dataDir, canary)).toEqual([]));
  const reader = connectAs(workshop, 'viewer');
  await synced(reader);
  expect(readNote(reader.doc, id)).toMatchObject({ text: '', deleted: true });
});

test("nobody writes the server's deletion times, not even the facilitator", async () => {
  const { clock, now } = testClock();
  const server = await startTestServer({ now });
  const workshop = await createWorkshop(server.url);
  const facilitator = connectAs(workshop, 'facilitator');
  const witness = connectAs(workshop, 'viewer');
  await synced(facilitator, witness);
  const created = createNote(facilitator.doc, 'ending:services', { text: 'Verkostotapaaminen' });
  if (!created.ok) throw new Error(created.error);
  const deletedAt = clock.at;
  deleteNote(facilitator.doc, created.value);
  await eventually(() => expect(readNote(witness.doc, created.value)?.deletedAt).toBe(deletedAt));

  // Backdating the server's own record would have the text erased at the next sweep.
  facilitator.doc.getMap(DELETIONS_ROOT).set(created.value, deletedAt - 30 * DAY_MS);
  // Frames are handled in order: once the marker is relayed, the change before it was handled.
  facilitator.provider.awareness.setLocalStateField('marker', 'deletions');
  await eventually(() =>
    expect(witness.provider.awareness.getStates().get(facilitator.doc.clientID)).toMatchObject({ marker: 'deletions' }),
  );
  expect(readNote(witness.doc, created.value)?.deletedAt).toBe(deletedAt);
});
