import { createNote, readAllNotes, readPrivateCounts, setPrivateWriting } from '@avaa/board-model';
import { CloseCode, privateRoomName, type WorkshopId, workshopRoomName } from '@avaa/protocol';
import { afterEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createWorkshop, type JoinedPerson, joinAs, syncOn } from './helpers/api.ts';
import { must } from './helpers/apiResults.ts';
import { connectAs, connectClient, disconnect, disconnectAll, synced } from './helpers/clients.ts';
import { occurrences, recordRoom } from './helpers/dots.ts';
import { eventually } from './helpers/eventually.ts';
import { connectPrivate, connectWorkshopRoom, liveTexts, privateRoom, reveal } from './helpers/privateWriting.ts';
import { closeRawSockets, openRaw, syncUrl } from './helpers/rawSocket.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { groupedWorkshop, groupRoom, handled } from './helpers/workshop.ts';

// Issue 18, point 1: private writing, then reveal. A person's unrevealed notes live in their own
// room, which only their token opens; the others see counts; the facilitator reveals all at once.

afterEach(async () => {
  disconnectAll();
  closeRawSockets();
  await closeTestServers();
});

const SECRET = 'Salainen-ajatus-7319';

async function privateWorkshop() {
  const server = await startTestServer();
  const workshop = await createWorkshop(server.url);
  const aino = await joinAs(server.url, workshop, 'Aino');
  const bror = await joinAs(server.url, workshop, 'Bror');
  return { server, workshop, aino, bror };
}

describe("a person's private room", () => {
  test('opens only for the token naming that person: the projector, another participant, the participant link and the facilitator are refused', async () => {
    const { workshop, aino, bror } = await privateWorkshop();
    const room = privateRoom(workshop, aino.person.id);
    const { tokens } = workshop.sync;
    for (const token of [bror.token, tokens.viewer, tokens.participant, tokens.facilitator]) {
      const raw = openRaw(syncUrl(workshop.sync, room, token));
      expect(await raw.closed).toBe(CloseCode.forbidden);
    }
    const own = connectPrivate(workshop.sync, workshop, aino.person.id, aino.token);
    await synced(own);
    expect(own.closeCodes).toEqual([]);
  });

  test('its text never reaches another device in any room it can open, only the count does; the reveal brings it to all', async () => {
    const { server, workshop, aino, bror } = await privateWorkshop();
    const { tokens } = workshop.sync;
    const facilitator = connectWorkshopRoom(workshop, tokens.facilitator);
    await synced(facilitator);
    must(setPrivateWriting(facilitator.doc, 'plenary', { anonymous: false }));
    // Everything Bror's and the projector's devices may open, recorded raw from the first byte.
    const rooms = [workshop.sync.board, workshopRoomName(workshop.id as WorkshopId)];
    const listeners = [bror.token, tokens.viewer].flatMap((token) =>
      rooms.map((room) => recordRoom(workshop.sync, room, token)),
    );
    await Promise.all(listeners.map((listener) => listener.opened));
    const projector = connectWorkshopRoom(workshop, tokens.viewer);
    await synced(projector);

    const ainos = connectPrivate(workshop.sync, workshop, aino.person.id, aino.token);
    await synced(ainos);
    must(createNote(ainos.doc, 'start:services', { text: `${SECRET} yksi` }));
    must(createNote(ainos.doc, 'during:collaboration', { text: `${SECRET} kaksi` }));
    await eventually(() =>
      expect(readPrivateCounts(projector.doc, { kind: 'plenary' })).toEqual([{ person: aino.person.id, count: 2 }]),
    );
    // Late openers get the whole documents in one answer: nothing of the text there either.
    const late = [bror.token, tokens.viewer].map((token) => recordRoom(workshop.sync, workshop.sync.board, token));
    await Promise.all(late.map((listener) => listener.opened));
    await eventually(() => expect(late.every((listener) => listener.frames.length > 0)).toBe(true));
    const frames = [...listeners, ...late].flatMap((listener) => listener.frames);
    console.info('private text in frames others received', occurrences(frames, SECRET), 'frames', frames.length);
    expect(occurrences(frames, SECRET)).toBe(0);

    expect(await reveal(server.url, workshop, tokens.facilitator)).toEqual({ status: 200, body: { added: 2 } });
    const board = connectAs(workshop, 'viewer');
    await synced(board);
    expect(liveTexts(board)).toEqual([`${SECRET} kaksi`, `${SECRET} yksi`]);
    expect(readAllNotes(board.doc).map((note) => note.createdBy)).toEqual([aino.person.id, aino.person.id]);
    await eventually(() => expect(readPrivateCounts(projector.doc, { kind: 'plenary' })).toEqual([]));
  });

  test('the person may not write what the server marks revealed, nor the counts; only the facilitator reveals', async () => {
    const { server, workshop, aino, bror } = await privateWorkshop();
    const ainos = connectPrivate(workshop.sync, workshop, aino.person.id, aino.token);
    await synced(ainos);
    must(createNote(ainos.doc, 'start:services', { text: 'Oma ajatus' }));
    ainos.doc.getMap('revealed').set('forged', true);
    const facilitator = connectWorkshopRoom(workshop, workshop.sync.tokens.facilitator);
    await synced(facilitator);
    facilitator.doc.getMap('privateCounts').set(`plenary/${bror.person.id}`, 99);
    for (const token of [aino.token, workshop.sync.tokens.viewer, workshop.sync.tokens.participant, undefined]) {
      expect((await reveal(server.url, workshop, token)).status).toBeGreaterThanOrEqual(401);
    }
    expect((await reveal(server.url, workshop, workshop.sync.tokens.facilitator, '31')).status).toBe(400);
    // Read back from a fresh connection: the server kept neither forgery.
    disconnect(ainos);
    const again = connectPrivate(workshop.sync, workshop, aino.person.id, aino.token);
    const projector = connectWorkshopRoom(workshop, workshop.sync.tokens.viewer);
    await synced(again, projector);
    expect(again.doc.getMap('revealed').toJSON()).toEqual({});
    expect(readPrivateCounts(projector.doc, { kind: 'plenary' })).toEqual([{ person: aino.person.id, count: 1 }]);
  });
});

describe('the reveal', () => {
  test('merges everyone once, including who is offline; again, and after a restart, it adds nothing twice', async () => {
    const { server, workshop, aino, bror } = await privateWorkshop();
    const ainos = connectPrivate(workshop.sync, workshop, aino.person.id, aino.token);
    const brors = connectPrivate(workshop.sync, workshop, bror.person.id, bror.token);
    await synced(ainos, brors);
    must(createNote(ainos.doc, 'start:services', { text: 'Matala kynnys' }));
    must(createNote(brors.doc, 'start:services', { text: 'Walk-in' }));
    // Aino drops off, writes more while offline, and comes back; Bror leaves before the reveal.
    ainos.provider.disconnect();
    must(createNote(ainos.doc, 'ending:services', { text: 'Jatkopolku' }));
    ainos.provider.connect();
    await synced(ainos);
    await eventually(async () => {
      const check = connectPrivate(workshop.sync, workshop, aino.person.id, aino.token);
      await synced(check);
      const count = liveTexts(check).length;
      disconnect(check);
      expect(count).toBe(2);
    });
    disconnect(brors);
    disconnect(ainos);
    await server.restart();
    const { facilitator: token } = workshop.sync.tokens;

    const [first, second] = await Promise.all([
      reveal(server.url, workshop, token),
      reveal(server.url, workshop, token),
    ]);
    expect([first, second].map((answer) => answer.status)).toEqual([200, 200]);
    const added = [first, second].map((answer) => (answer.body as { added: number }).added);
    expect(added.reduce((sum, count) => sum + count, 0)).toBe(3);
    expect((await reveal(server.url, workshop, token)).body).toEqual({ added: 0 });
    await server.restart();
    expect((await reveal(server.url, workshop, token)).body).toEqual({ added: 0 });

    const board = connectClient(syncOn(server, workshop), workshop.sync.tokens.viewer);
    await synced(board);
    expect(liveTexts(board)).toEqual(['Jatkopolku', 'Matala kynnys', 'Walk-in']);
    // Written privately after the reveal: waits for the next one.
    const later = connectPrivate(syncOn(server, workshop), workshop, aino.person.id, aino.token);
    await synced(later);
    must(createNote(later.doc, 'followup:services', { text: 'Palaute' }));
    await eventually(async () => expect((await reveal(server.url, workshop, token)).body).toEqual({ added: 1 }));
    await eventually(() => expect(liveTexts(board)).toHaveLength(4));
  });

  test('anonymous: no author on the revealed notes', async () => {
    const { server, workshop, aino } = await privateWorkshop();
    const facilitator = connectWorkshopRoom(workshop, workshop.sync.tokens.facilitator);
    await synced(facilitator);
    must(setPrivateWriting(facilitator.doc, 'plenary', { anonymous: true }));
    const ainos = connectPrivate(workshop.sync, workshop, aino.person.id, aino.token);
    await synced(ainos);
    must(createNote(ainos.doc, 'start:services', { text: 'Nimetön ajatus' }));
    await eventually(async () =>
      expect((await reveal(server.url, workshop, workshop.sync.tokens.facilitator)).body).toEqual({ added: 1 }),
    );
    const board = connectAs(workshop, 'viewer');
    await synced(board);
    expect(readAllNotes(board.doc).map((note) => [note.text, note.createdBy])).toEqual([['Nimetön ajatus', undefined]]);
    expect(occurrences([Y.encodeStateAsUpdate(board.doc)], aino.person.id)).toBe(0);
  });
});

describe("a group's private writing", () => {
  test("reaches only the writer's own group's board: writing privately for another group is dropped and revealed nowhere", async () => {
    const { url } = await startTestServer();
    const { workshop, anna, pekka } = await groupedWorkshop(url);
    const room = (group: number, person: JoinedPerson) =>
      privateRoomName(workshop.id as WorkshopId, { kind: 'group', group }, person.person.id);
    const annaOn2 = connectClient({ url: workshop.sync.url, board: room(2, anna) }, anna.token);
    const annaOn2Again = connectClient({ url: workshop.sync.url, board: room(2, anna) }, anna.token);
    const annaOn1 = connectClient({ url: workshop.sync.url, board: room(1, anna) }, anna.token);
    const pekkaOn2 = connectClient({ url: workshop.sync.url, board: room(2, pekka) }, pekka.token);
    await synced(annaOn2, annaOn2Again, annaOn1, pekkaOn2);
    must(createNote(annaOn2.doc, 'start:services', { text: 'Annan kirjoitus ryhmälle 2' }));
    must(createNote(annaOn1.doc, 'start:services', { text: 'Annan kirjoitus ryhmälle 1' }));
    must(createNote(pekkaOn2.doc, 'start:services', { text: 'Pekan kirjoitus' }));
    await handled(annaOn2, annaOn2Again, 'written');
    expect(liveTexts(annaOn2Again)).toEqual([]);
    const token = workshop.sync.tokens.facilitator;
    await eventually(async () => expect((await reveal(url, workshop, token, '2')).body).toEqual({ added: 1 }));
    await eventually(async () => expect((await reveal(url, workshop, token, '1')).body).toEqual({ added: 1 }));
    const group2 = connectClient(
      { url: workshop.sync.url, board: groupRoom(workshop, 2) },
      workshop.sync.tokens.viewer,
    );
    const group1 = connectClient(
      { url: workshop.sync.url, board: groupRoom(workshop, 1) },
      workshop.sync.tokens.viewer,
    );
    await synced(group1, group2);
    expect(liveTexts(group2)).toEqual(['Pekan kirjoitus']);
    expect(liveTexts(group1)).toEqual(['Annan kirjoitus ryhmälle 1']);
  });
});
