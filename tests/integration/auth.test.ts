import { CloseCode } from '@avaa/protocol';
import { afterEach, describe, expect, test } from 'vitest';
import { createWorkshop, getJson } from './helpers/api.ts';
import { connectClient, disconnectAll } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeRawSockets, openRaw, syncUrl } from './helpers/rawSocket.ts';
import { closeTestServers, signWithServerKey, startTestServer } from './helpers/server.ts';

afterEach(async () => {
  disconnectAll();
  closeRawSockets();
  await closeTestServers();
});

describe('who may open a board', () => {
  test('a missing or malformed token closes with 4401', async () => {
    const { url } = await startTestServer();
    const { sync } = await createWorkshop(url);
    const valid = sync.tokens.participant;
    const tampered = `${valid.slice(0, -4)}AAAA`;
    for (const token of [undefined, '', 'nonsense', 'v1.e30.AAAA', tampered, `v2${valid.slice(2)}`]) {
      expect(await openRaw(syncUrl(sync, sync.board, token)).closed, String(token)).toBe(CloseCode.unauthorized);
    }
  });

  test("another workshop's token closes with 4401", async () => {
    const { url } = await startTestServer();
    const first = await createWorkshop(url, 'First');
    const second = await createWorkshop(url, 'Second');
    const socket = openRaw(syncUrl(first.sync, first.sync.board, second.sync.tokens.facilitator));
    expect(await socket.closed).toBe(CloseCode.unauthorized);
  });

  test('a stock client stops reconnecting after 4401', async () => {
    const { url } = await startTestServer();
    const { sync } = await createWorkshop(url);
    const client = connectClient(sync, 'v1.bad.token');
    const closed: number[] = [];
    client.provider.on('closed', (event) => closed.push(event.code));
    await eventually(() => expect(closed).toEqual([CloseCode.unauthorized]));
    expect(client.provider.shouldConnect).toBe(false);
  });

  test('a correctly signed token for an unknown workshop closes with 4404', async () => {
    const server = await startTestServer();
    const { sync } = await createWorkshop(server.url);
    const unknown = 'zzzzzzzzzz';
    const token = signWithServerKey(server.dataDir, unknown, 'facilitator');
    expect(await openRaw(syncUrl(sync, `${unknown}/plenary`, token)).closed).toBe(CloseCode.workshopNotFound);
  });

  test('a malformed room name closes with 4400', async () => {
    const { url } = await startTestServer();
    const { id, sync } = await createWorkshop(url);
    const token = sync.tokens.facilitator;
    for (const room of [
      `${id}/group/0`,
      `${id}/group/31`,
      `${id}/group/01`,
      `${id}/workshop/1`,
      `${id}`,
      `${id}/plenary/x`,
      'NOT-AN-ID/plenary',
      '..%2F..%2Fetc/plenary',
      '%E0%A4%A',
    ]) {
      expect(await openRaw(syncUrl(sync, room, token)).closed, room).toBe(CloseCode.badRequest);
    }
  });

  test('GET /api/workshops/<id> answers per token', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url, 'Ohjaamo Oulu');
    const other = await createWorkshop(server.url, 'Other');
    const api = `${server.url}/api/workshops/${workshop.id}`;
    for (const role of ['participant', 'viewer'] as const) {
      const answer = await getJson(`${api}?token=${workshop.sync.tokens[role]}`);
      expect(answer).toEqual({ status: 200, body: { id: workshop.id, title: 'Ohjaamo Oulu', language: 'fi', role } });
    }
    // Only the facilitator sees the join code (to show it on the projector).
    expect(await getJson(`${api}?token=${workshop.sync.tokens.facilitator}`)).toEqual({
      status: 200,
      body: {
        id: workshop.id,
        title: 'Ohjaamo Oulu',
        language: 'fi',
        role: 'facilitator',
        joinCode: workshop.joinCode,
        // The default RETENTION_DAYS, shown on the people page beside "Delete workshop".
        retentionDays: 365,
      },
    });
    const bearer = await getJson(api, { headers: { Authorization: `Bearer ${workshop.sync.tokens.viewer}` } });
    expect(bearer.body).toMatchObject({ role: 'viewer' });

    expect(await getJson(api)).toEqual({ status: 401, body: { error: 'unauthorized' } });
    expect(await getJson(`${api}?token=${other.sync.tokens.facilitator}`)).toEqual({
      status: 401,
      body: { error: 'unauthorized' },
    });
    const unknown = 'zzzzzzzzzz';
    const token = signWithServerKey(server.dataDir, unknown, 'viewer');
    expect(await getJson(`${server.url}/api/workshops/${unknown}?token=${token}`)).toEqual({
      status: 404,
      body: { error: 'workshop-not-found' },
    });
  });
});
