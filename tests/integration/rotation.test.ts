import { createNote, notesInCell } from '@avaa/board-model';
import { CloseCode, type WorkshopId } from '@avaa/protocol';
import { afterEach, describe, expect, test } from 'vitest';
import { type BoardsAnswer, createWorkshop, getBoards, getJson, joinAs, postJoin } from './helpers/api.ts';
import { connectAs, connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeRawSockets, openRaw, syncUrl } from './helpers/rawSocket.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { claimsOf, signWithKey } from './helpers/tokens.ts';

afterEach(async () => {
  disconnectAll();
  closeRawSockets();
  await closeTestServers();
});

const CELL = 'start:services';

function rotate(url: string, id: string, token: string) {
  return fetch(`${url}/api/workshops/${id}/rotate`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
}

const tokenOf = (link: string) => link.slice(link.indexOf('#token=') + '#token='.length);

describe('rotating the participant link', () => {
  test('closes sockets holding the old link within 5 s; people who joined stay in', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const old = workshop.sync.tokens.participant;
    const anna = await joinAs(url, workshop, 'Anna');
    const guest = connectClient(workshop.sync, old);
    const annaClient = connectClient(workshop.sync, anna.token);
    const witness = connectAs(workshop, 'viewer');
    await synced(guest, annaClient, witness);

    const response = await rotate(url, workshop.id, workshop.sync.tokens.facilitator);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { token: string; links: { participant: string } };
    expect(tokenOf(body.links.participant)).toBe(body.token);
    expect(body.token).not.toBe(old);

    await eventually(() => expect(guest.closeCodes).toEqual([CloseCode.unauthorized]), 5000);
    expect(annaClient.closeCodes).toEqual([]);
    createNote(annaClient.doc, CELL, { text: 'Still here' });
    await eventually(() => expect(notesInCell(witness.doc, CELL).map((note) => note.text)).toEqual(['Still here']));

    // The old link is refused everywhere; the new one works.
    expect(await openRaw(syncUrl(workshop.sync, workshop.sync.board, old)).closed).toBe(CloseCode.unauthorized);
    expect((await postJoin(url, workshop.id, { name: 'Late', role: 'core-staff' }, old)).status).toBe(401);
    const headers = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });
    expect((await getJson(`${url}/api/workshops/${workshop.id}`, headers(old))).status).toBe(401);
    expect((await getJson(`${url}/api/workshops/${workshop.id}`, headers(body.token))).status).toBe(200);
    expect((await postJoin(url, workshop.id, { name: 'Late', role: 'core-staff' }, body.token)).status).toBe(201);
    const fresh = connectClient(workshop.sync, body.token);
    await synced(fresh);

    // What the facilitator's page and the join code hand out now is the new link.
    const boards = (await getBoards(url, workshop.id, workshop.sync.tokens.facilitator)).body as BoardsAnswer;
    expect(boards.sync.tokens.participant).toBe(body.token);
    const lookup = await getJson(`${url}/api/join/${workshop.joinCode}`);
    expect(tokenOf((lookup.body as { links: { participant: string } }).links.participant)).toBe(body.token);
  });

  test('only the facilitator rotates', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const anna = await joinAs(url, workshop, 'Anna');
    for (const token of [workshop.sync.tokens.participant, workshop.sync.tokens.viewer, anna.token]) {
      expect((await rotate(url, workshop.id, token)).status).toBe(403);
    }
    expect((await rotate(url, workshop.id, 'v1.x.y')).status).toBe(401);
    expect((await rotate(url, 'nosuchwork', workshop.sync.tokens.facilitator)).status).toBe(401);
  });
});

describe('token expiry', () => {
  test('personal tokens from the join API expire in 30 days; role links do not expire', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const before = Date.now();
    const anna = await joinAs(url, workshop, 'Anna');
    const expiresAt = claimsOf(anna.token).e as number;
    expect(expiresAt - before).toBeGreaterThanOrEqual(30 * 24 * 3600 * 1000);
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(30 * 24 * 3600 * 1000);
    for (const token of Object.values(workshop.sync.tokens)) expect(claimsOf(token).e).toBeUndefined();
  });

  test('an expired token is refused, and a socket is closed with 4401 when its token expires', async () => {
    const { url, dataDir } = await startTestServer();
    const workshop = await createWorkshop(url);
    const workshopId = workshop.id as WorkshopId;
    const expired = signWithKey(dataDir, { workshopId, role: 'viewer', expiresAt: Date.now() - 1 });
    expect(await openRaw(syncUrl(workshop.sync, workshop.sync.board, expired)).closed).toBe(CloseCode.unauthorized);
    const headers = { headers: { Authorization: `Bearer ${expired}` } };
    expect((await getJson(`${url}/api/workshops/${workshop.id}`, headers)).status).toBe(401);

    const soon = signWithKey(dataDir, { workshopId, role: 'viewer', expiresAt: Date.now() + 1500 });
    const client = connectClient(workshop.sync, soon);
    await synced(client);
    await eventually(() => expect(client.closeCodes[0]).toBe(CloseCode.unauthorized), 5000);
  });
});
