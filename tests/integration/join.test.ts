import { applyGrouping, readPeople, readSettings, setJoiningOpen } from '@avaa/board-model';
import { afterEach, describe, expect, test } from 'vitest';
import {
  type BoardsAnswer,
  createWorkshop,
  getBoards,
  getJson,
  type JoinedPerson,
  joinAs,
  postJoin,
  syncOn,
} from './helpers/api.ts';
import { disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, signWithServerKey, startTestServer } from './helpers/server.ts';
import { connectRoom, membersOf, serverSees, workshopRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

const names = (doc: Parameters<typeof readPeople>[0]) => readPeople(doc).map((person) => person.name);
const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));

describe('POST /api/workshops/<id>/join', () => {
  test('adds the person live, durably, and answers with a token naming them', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const facilitator = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
    await synced(facilitator);

    const response = await postJoin(
      server.url,
      workshop.id,
      { name: '  Aino  ', role: 'client-representative' },
      workshop.sync.tokens.participant,
    );
    expect(response.status).toBe(201);
    const joined = response.body as JoinedPerson;
    expect(joined.person).toEqual({
      id: expect.stringMatching(/^[0-9a-z]{12}$/),
      name: 'Aino',
      role: 'client-representative',
    });
    // Personal tokens expire (30 days: server/README.md "Tokens").
    expect(payloadOf(joined.token)).toEqual({
      w: workshop.id,
      r: 'participant',
      p: joined.person.id,
      e: expect.any(Number),
    });
    await eventually(() => expect(names(facilitator.doc)).toEqual(['Aino']));

    // The facilitator may join too (as a person, with a participant token back); ?token= works.
    const viaQuery = await fetch(
      `${server.url}/api/workshops/${workshop.id}/join?token=${workshop.sync.tokens.facilitator}`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Fasilitaattori', role: 'core-staff' }),
      },
    );
    expect(viaQuery.status).toBe(201);
    expect(payloadOf(((await viaQuery.json()) as JoinedPerson).token).r).toBe('participant');

    disconnectAll();
    await server.restart();
    const fresh = connectRoom({ ...workshop, sync: syncOn(server, workshop) }, workshopRoom(workshop), joined.token);
    await synced(fresh);
    expect(names(fresh.doc)).toEqual(['Aino', 'Fasilitaattori']);
  });

  test.each([
    [
      { name: '   ', role: 'core-staff' },
      { error: 'empty-name', field: 'name' },
    ],
    [
      { name: '\u3164\u2800\u200b', role: 'core-staff' },
      { error: 'empty-name', field: 'name' },
    ],
    [
      { name: 'x'.repeat(61), role: 'core-staff' },
      { error: 'name-too-long', field: 'name' },
    ],
    [
      { name: 'Bell\u0007', role: 'core-staff' },
      { error: 'control-character', field: 'name' },
    ],
    [
      { name: 'Aino', role: 'boss' },
      { error: 'unknown-role', field: 'role' },
    ],
    [{ name: 'Aino' }, { error: 'unknown-role', field: 'role' }],
    [
      { name: 42, role: 'core-staff' },
      { error: 'not-a-string', field: 'name' },
    ],
    [['Aino', 'core-staff'], { error: 'not-an-object' }],
    ['{"name": "unterminated', { error: 'invalid-json' }],
  ])('refuses %j with 400', async (body, error) => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    expect(await postJoin(url, workshop.id, body, workshop.sync.tokens.participant)).toEqual({
      status: 400,
      body: error,
    });
  });

  test('401 without a valid token of the workshop, 403 for viewers, 404 for an unknown workshop', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const other = await createWorkshop(server.url);
    const body = { name: 'Aino', role: 'core-staff' };
    const unauthorized = { status: 401, body: { error: 'unauthorized' } };
    expect(await postJoin(server.url, workshop.id, body, undefined)).toEqual(unauthorized);
    expect(await postJoin(server.url, workshop.id, body, 'v1.bad.token')).toEqual(unauthorized);
    expect(await postJoin(server.url, workshop.id, body, other.sync.tokens.participant)).toEqual(unauthorized);
    expect(await postJoin(server.url, workshop.id, body, workshop.sync.tokens.viewer)).toEqual({
      status: 403,
      body: { error: 'forbidden' },
    });
    const unknown = 'zzzzzzzzzz';
    expect(
      await postJoin(server.url, unknown, body, signWithServerKey(server.dataDir, unknown, 'participant')),
    ).toEqual({ status: 404, body: { error: 'workshop-not-found' } });
  });

  test('403 joining-closed once the facilitator closed joining from a stock client', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    await joinAs(url, workshop, 'Early');
    const facilitator = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
    await synced(facilitator);
    const witness = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.viewer);
    await synced(witness);
    setJoiningOpen(facilitator.doc, false);
    // Once the server has it (a client id's first write waits for its registration to be stored).
    await eventually(() => expect(readSettings(witness.doc).joiningOpen).toBe(false));
    expect(
      await postJoin(url, workshop.id, { name: 'Late', role: 'core-staff' }, workshop.sync.tokens.participant),
    ).toEqual({ status: 403, body: { error: 'joining-closed' } });
    expect(names(facilitator.doc)).toEqual(['Early']);
  });
});

describe('GET /api/join/<code>', () => {
  test('finds the workshop by its code in any case; unknown codes are 404', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url, 'Ohjaamo Kajaani');
    const expected = {
      status: 200,
      body: {
        id: workshop.id,
        title: 'Ohjaamo Kajaani',
        language: 'fi',
        links: { participant: workshop.links.participant },
      },
    };
    expect(await getJson(`${url}/api/join/${workshop.joinCode}`)).toEqual(expected);
    expect(await getJson(`${url}/api/join/${workshop.joinCode.toUpperCase()}`)).toEqual(expected);
    const dashed = `${workshop.joinCode.slice(0, 3)}-${workshop.joinCode.slice(3)}`;
    expect(await getJson(`${url}/api/join/${dashed}`)).toEqual(expected);
    const unknownCode = workshop.joinCode === '222222' ? '333333' : '222222';
    for (const code of [unknownCode, 'abc', 'ooo000', '%E0%A4%A']) {
      expect(await getJson(`${url}/api/join/${code}`), code).toEqual({
        status: 404,
        body: { error: 'unknown-join-code' },
      });
    }
  });

  test('lookups per client address are rate-limited with 429', async () => {
    const { url } = await startTestServer({ joinLookupBurst: 3, joinLookupsPerMinute: 1 });
    const workshop = await createWorkshop(url);
    for (const code of [workshop.joinCode, 'zzzzzz', workshop.joinCode]) {
      expect((await getJson(`${url}/api/join/${code}`)).status).not.toBe(429);
    }
    const limited = await fetch(`${url}/api/join/${workshop.joinCode}`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toEqual({ error: 'too-many-requests' });
  });
});

describe('GET /api/workshops/<id>/boards', () => {
  test("lists every room and each group's members for the facilitator only", async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const anna = await joinAs(url, workshop, 'Anna');
    const pekka = await joinAs(url, workshop, 'Pekka', 'network-partner');
    const youth = await joinAs(url, workshop, 'Nuori', 'client-representative');
    const before = await getBoards(url, workshop.id, workshop.sync.tokens.facilitator);
    expect((before.body as BoardsAnswer).groups).toEqual([]);

    const facilitator = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
    await synced(facilitator);
    const grouping = {
      groups: [{ members: [anna.person.id, youth.person.id] }, { members: [pekka.person.id] }],
      contacts: new Map([[youth.person.id, anna.person.id]]),
    };
    expect(applyGrouping(facilitator.doc, grouping).ok).toBe(true);
    await serverSees(url, workshop, (boards) => expect(membersOf(boards)).toEqual([['Anna', 'Nuori'], ['Pekka']]));

    const answer = await getBoards(url, workshop.id, workshop.sync.tokens.facilitator);
    expect(answer).toEqual({
      status: 200,
      body: {
        workshop: { room: `${workshop.id}/workshop` },
        plenary: { room: `${workshop.id}/plenary` },
        groups: [
          { number: 1, room: `${workshop.id}/group/1`, members: [anna.person, youth.person] },
          { number: 2, room: `${workshop.id}/group/2`, members: [pekka.person] },
        ],
        sync: { url: workshop.sync.url, tokens: workshop.sync.tokens },
      },
    });
    // What it lists is what a stock client follows.
    const boards = answer.body as BoardsAnswer;
    const follower = connectRoom(workshop, boards.groups[1]!.room, boards.sync.tokens.viewer);
    await synced(follower);

    for (const token of [workshop.sync.tokens.participant, workshop.sync.tokens.viewer, anna.token]) {
      expect(await getBoards(url, workshop.id, token)).toEqual({ status: 403, body: { error: 'forbidden' } });
    }
    expect(await getBoards(url, workshop.id, undefined)).toEqual({ status: 401, body: { error: 'unauthorized' } });
  });
});
