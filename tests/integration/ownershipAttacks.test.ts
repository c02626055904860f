import { applyGrouping, createNote, notesInCell, readMeta } from '@avaa/board-model';
import { CloseCode } from '@avaa/protocol';
import { afterEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createWorkshop, type JoinedPerson, joinAs } from './helpers/api.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { getExport } from './helpers/exchange.ts';
import { forgedDeleteUpdate, forgedGcUpdate, updateFrame } from './helpers/forgery.ts';
import { awarenessFrame } from './helpers/frames.ts';
import { TEST_CELL } from './helpers/notes.ts';
import { closeRawSockets, opened, openRaw, syncUrl } from './helpers/rawSocket.ts';
import { connectSaving, disconnectSaving, type SavingClient, storedDoc } from './helpers/savedClients.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, groupRoom, serverSees, workshopRoom } from './helpers/workshop.ts';

/**
 * Issue 14, points 1-5: attacks on other people's edits through the real socket. Each ends by
 * reading the SQLite file: "saved" must mean stored.
 */
afterEach(async () => {
  disconnectSaving();
  disconnectAll();
  closeRawSockets();
  await closeTestServers();
});

const texts = (doc: Y.Doc) => notesInCell(doc, TEST_CELL).map((note) => note.text);

function write(client: SavingClient, text: string): void {
  const created = createNote(client.doc, TEST_CELL, { text });
  if (!created.ok) throw new Error(created.error);
}

/** Connected and synced, with every local edit so far acknowledged. */
async function savedAndLive(client: SavingClient): Promise<void> {
  await eventually(() => {
    expect(client.connection.status.getSnapshot().state).toBe('live');
    expect(client.connection.savedState.getSnapshot()).toBe('saved');
  });
}

/** A raw socket that sends `frames`; resolves once a presence marker after them reached `witness`. */
async function sendHandled(
  url: string,
  frames: Uint8Array[],
  witness: { provider: { awareness: { getStates(): Map<number, unknown> } } },
) {
  const raw = openRaw(url);
  await opened(raw);
  for (const frame of frames) raw.socket.send(frame);
  const marker = `m${Math.random()}`;
  raw.socket.send(awarenessFrame(4242 + Math.floor(Math.random() * 1000), 1, { marker }));
  await eventually(() =>
    expect([...witness.provider.awareness.getStates().values()]).toContainEqual(expect.objectContaining({ marker })),
  );
  return raw;
}

/** A raw socket that sends `frames`; resolves with its close code (undefined: still open after 10 s). */
async function sendRefused(url: string, frames: Uint8Array[]): Promise<number | undefined> {
  const raw = openRaw(url);
  await opened(raw);
  for (const frame of frames) raw.socket.send(frame);
  const stillOpen = new Promise<undefined>((resolve) => setTimeout(resolve, 10_000));
  return Promise.race([raw.closed, stillOpen]);
}

/** Anna writes a note, goes offline, and the test attacks meanwhile; then she writes offline and comes back. */
async function offlineEditAfter(anna: SavingClient, attack: () => Promise<void>, stored: () => Y.Doc) {
  write(anna, 'Drop-in on Tuesdays');
  await savedAndLive(anna);
  anna.connection.provider.disconnect();
  await attack();
  write(anna, 'Written offline');
  anna.connection.provider.connect();
  await savedAndLive(anna);
  // "Saved" means in the file.
  expect(texts(stored()).sort()).toEqual(['Drop-in on Tuesdays', 'Written offline']);
}

describe('issue 14: nobody silences another participant', () => {
  test('1: presence under an offline participant’s client id does not strip her edits', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const anna = await joinAs(server.url, workshop, 'Anna');
    const annaClient = connectSaving(workshop.sync, anna.token);
    const witness = connectAs(workshop, 'viewer');
    await synced(witness);
    const annaId = annaClient.doc.clientID;
    const projector = syncUrl(workshop.sync, workshop.sync.board, workshop.sync.tokens.viewer);
    await offlineEditAfter(
      annaClient,
      async () => {
        // The projector link claims Anna's id by presence while she is away, and stays.
        await sendHandled(projector, [awarenessFrame(annaId, 1000, { user: { name: 'x' } })], witness);
      },
      () => storedDoc(server.dataDir, workshop.sync.board),
    );
    expect(annaClient.doc.clientID).toBe(annaId);
  });

  test('2: a forged clock range under an offline participant’s id does not swallow her offline edits', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const anna = await joinAs(server.url, workshop, 'Anna');
    const pekka = await joinAs(server.url, workshop, 'Pekka');
    const annaClient = connectSaving(workshop.sync, anna.token);
    const witness = connectAs(workshop, 'viewer');
    await synced(witness);
    const annaId = annaClient.doc.clientID;
    let closed: number | undefined;
    await offlineEditAfter(
      annaClient,
      async () => {
        const clock = Y.getState(annaClient.doc.store, annaId);
        const forged = forgedGcUpdate(annaId, clock, 999_999);
        expect(forged.byteLength).toBeLessThanOrEqual(16);
        const url = syncUrl(workshop.sync, workshop.sync.board, pekka.token);
        closed = await sendRefused(url, [updateFrame(forged)]);
      },
      () => storedDoc(server.dataDir, workshop.sync.board),
    );
    expect(annaClient.doc.clientID).toBe(annaId);
    // The forger was refused by name.
    expect(closed).toBe(CloseCode.changeRefused);
  });

  test('3: a group member cannot delete another member’s future notes', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const anna = await joinAs(server.url, workshop, 'Anna');
    const pekka = await joinAs(server.url, workshop, 'Pekka');
    await groupTogether(server.url, workshop, [anna, pekka]);
    const room = groupRoom(workshop, 1);
    const annaClient = connectSaving({ url: workshop.sync.url, board: room }, anna.token);
    const witness = connectRoom(workshop, room, workshop.sync.tokens.viewer);
    await synced(witness);
    write(annaClient, 'Pair work with the youth worker');
    await savedAndLive(annaClient);

    const annaId = annaClient.doc.clientID;
    const clock = Y.getState(annaClient.doc.store, annaId);
    const closed = await sendRefused(syncUrl(workshop.sync, room, pekka.token), [
      updateFrame(forgedDeleteUpdate(annaId, clock, 10_000)),
    ]);
    write(annaClient, 'Network meeting each month');
    await savedAndLive(annaClient);
    await eventually(() => expect(texts(witness.doc)).toContain('Network meeting each month'));
    expect(texts(storedDoc(server.dataDir, room)).sort()).toEqual([
      'Network meeting each month',
      'Pair work with the youth worker',
    ]);
    expect(closed).toBe(CloseCode.changeRefused);
  });

  test.each([
    ['a struct after a clock gap', forgedGcUpdate(777_777, 5, 1)],
    ['a deletion of clocks nobody has', forgedDeleteUpdate(777_777, 0, 10)],
  ])('4: %s does not stop "saved" for everyone else', async (_name, forged) => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const anna = await joinAs(server.url, workshop, 'Anna');
    const pekka = await joinAs(server.url, workshop, 'Pekka');
    // A group board: no vote rules there to drop the frame before the client-id rules see it.
    await groupTogether(server.url, workshop, [anna, pekka]);
    const room = groupRoom(workshop, 1);
    const writer = connectSaving({ url: workshop.sync.url, board: room }, anna.token);
    await savedAndLive(writer);
    const closed = await sendRefused(syncUrl(workshop.sync, room, pekka.token), [updateFrame(forged)]);
    write(writer, 'Follow-up call after three months');
    await savedAndLive(writer);
    expect(texts(storedDoc(server.dataDir, room))).toEqual(['Follow-up call after three months']);
    expect(closed).toBe(CloseCode.changeRefused);
  });

  test('5: participants cannot rewrite the common table’s title and language; the table PDF still prints', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const participant = connectAs(workshop, 'participant');
    const witness = connectAs(workshop, 'viewer');
    await synced(participant, witness);
    participant.doc.transact(() => {
      participant.doc.getMap('meta').set('title', 'Any headline on the projector');
      participant.doc.getMap('meta').set('language', 42);
    });
    participant.provider.awareness.setLocalStateField('marker', 'meta');
    await eventually(() =>
      expect(witness.provider.awareness.getStates().get(participant.doc.clientID)).toMatchObject({ marker: 'meta' }),
    );
    expect(readMeta(witness.doc)).toMatchObject({ title: workshop.title, language: 'fi' });
    const stored = storedDoc(server.dataDir, workshop.sync.board);
    expect(stored.getMap('meta').get('title')).toBe(workshop.title);
    const pdf = await getExport(server.url, workshop.id, 'format=pdf&kind=table', workshop.sync.tokens.facilitator);
    expect(pdf.status).toBe(200);
  });
});

/** Anna and Pekka in group 1, formed by the facilitator on the workshop room. */
async function groupTogether(
  url: string,
  workshop: Awaited<ReturnType<typeof createWorkshop>>,
  people: JoinedPerson[],
) {
  const facilitator = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
  await synced(facilitator);
  const grouping = { groups: [{ members: people.map((person) => person.person.id) }], contacts: new Map() };
  expect(applyGrouping(facilitator.doc, grouping).ok).toBe(true);
  await serverSees(url, workshop, (boards) => expect(boards.groups).toHaveLength(1));
}
