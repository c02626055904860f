import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, type Language, type WorkshopId } from '@avaa/protocol';
import {
  createWorkshop,
  deleteWorkshop,
  fetchOperator,
  fetchServerTime,
  fetchWorkshop,
  fetchWorkshopBoards,
  joinWorkshop,
  rotateParticipantLink,
} from '@avaa/workshop-client';
import { afterEach, describe, expect, test } from 'vitest';
import { must, refusal } from './helpers/apiResults.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(closeTestServers);

// The typed calls of @avaa/workshop-client against the real server: each answer checked by the
// contract in @avaa/protocol, each refusal named.

async function newWorkshop(url: string) {
  return must(await createWorkshop(url, { title: 'Ohjaamo Vantaa: palvelut', language: 'fi' }));
}

describe('workshop-client: workshops', () => {
  test('createWorkshop gives the checked workshop, or names what is wrong with the title or language', async () => {
    const { url } = await startTestServer();
    const created = await newWorkshop(url);
    expect(created).toMatchObject({ title: 'Ohjaamo Vantaa: palvelut', language: 'fi' });
    expect(created.links.facilitator).toContain(`/w/${created.id}#token=`);
    expect(Object.keys(created.sync.tokens).sort()).toEqual(['facilitator', 'participant', 'viewer']);

    const create = (title: string, language = 'fi') => createWorkshop(url, { title, language: language as Language });
    expect(await create('  ')).toMatchObject(refusal(ApiError.empty, 'title'));
    expect(await create('x'.repeat(500))).toMatchObject(refusal(ApiError.tooLong, 'title'));
    expect(await create('Kello\u0007')).toMatchObject(refusal(ApiError.controlCharacter, 'title'));
    expect(await create('Ohjaamo', 'de')).toMatchObject(refusal(ApiError.unknownLanguage, 'language'));
  });

  test('createWorkshop past the address limit is refused with when to try again', async () => {
    const { url } = await startTestServer({ workshopCreationsPerHour: 1 });
    await newWorkshop(url);
    const again = await createWorkshop(url, { title: 'Toinen', language: 'sv' });
    expect(again).toMatchObject({ ...refusal(ApiError.tooManyWorkshops), status: 429 });
    expect(!again.ok && again.kind === 'refused' && again.retryAfterSeconds).toBeGreaterThan(0);
  });

  test('fetchWorkshop tells each token its role; the facilitator also the join code and retention', async () => {
    const { url } = await startTestServer();
    const workshop = await newWorkshop(url);
    const facilitator = must(await fetchWorkshop(url, workshop.id, workshop.sync.tokens.facilitator));
    expect(facilitator).toMatchObject({ id: workshop.id, role: 'facilitator', joinCode: workshop.joinCode });
    expect(typeof facilitator.retentionDays).toBe('number');
    const viewer = must(await fetchWorkshop(url, workshop.id, workshop.sync.tokens.viewer));
    expect(viewer).toEqual({ id: workshop.id, title: workshop.title, language: 'fi', role: 'viewer' });

    expect(await fetchWorkshop(url, workshop.id, 'not-a-token')).toMatchObject(refusal(ApiError.unauthorized));
    const other = await newWorkshop(url);
    expect(await fetchWorkshop(url, workshop.id, other.sync.tokens.facilitator)).toMatchObject(
      refusal(ApiError.unauthorized),
    );
  });

  test('fetchWorkshopBoards lists the rooms and members for the facilitator only', async () => {
    const { url } = await startTestServer();
    const workshop = await newWorkshop(url);
    const boards = must(await fetchWorkshopBoards(url, workshop.id, workshop.sync.tokens.facilitator));
    expect(boards).toMatchObject({ plenary: { room: workshop.sync.board }, groups: [] });
    expect(boards.sync.tokens.viewer).toBe(workshop.sync.tokens.viewer);
    expect(await fetchWorkshopBoards(url, workshop.id, workshop.sync.tokens.participant)).toMatchObject(
      refusal(ApiError.forbidden),
    );
    expect(await fetchWorkshopBoards(url, workshop.id, '')).toMatchObject(refusal(ApiError.unauthorized));
  });

  test('rotateParticipantLink gives a new link the old token no longer opens', async () => {
    const { url } = await startTestServer();
    const workshop = await newWorkshop(url);
    const rotated = must(await rotateParticipantLink(url, workshop.id, workshop.sync.tokens.facilitator));
    expect(rotated.links.participant).toContain(`#token=${rotated.token}`);
    expect(await fetchWorkshop(url, workshop.id, workshop.sync.tokens.participant)).toMatchObject(
      refusal(ApiError.unauthorized),
    );
    const anna = must(await joinWorkshop(url, workshop.id, rotated.token, { name: 'Anna', role: 'core-staff' }));
    expect(await rotateParticipantLink(url, workshop.id, anna.token)).toMatchObject(refusal(ApiError.forbidden));
  });

  test('deleteWorkshop deletes for the facilitator; after it the workshop is not found', async () => {
    const { url } = await startTestServer();
    const workshop = await newWorkshop(url);
    const { facilitator, viewer } = workshop.sync.tokens;
    expect(await deleteWorkshop(url, workshop.id, viewer)).toMatchObject(refusal(ApiError.forbidden));
    expect(await deleteWorkshop(url, workshop.id, facilitator)).toEqual({ ok: true, value: null });
    expect(await deleteWorkshop(url, workshop.id, facilitator)).toMatchObject(refusal(ApiError.workshopNotFound));
    expect(await fetchWorkshop(url, workshop.id, facilitator)).toMatchObject(refusal(ApiError.workshopNotFound));
  });
});

describe('workshop-client: public endpoints and failures that are not refusals', () => {
  test('fetchServerTime and fetchOperator answer without a token', async () => {
    const { url } = await startTestServer({ operator: { name: 'Ohjaamo Oy' } });
    const before = Date.now();
    const time = must(await fetchServerTime(url));
    expect(time.now).toBeGreaterThanOrEqual(before);
    expect(must(await fetchOperator(url))).toEqual({
      name: 'Ohjaamo Oy',
      accessibilityEmail: null,
      accessibilityFeedbackUrl: null,
    });
  });

  test('no server is a network failure; an answer outside the contract is an http failure', async () => {
    const server = await startTestServer();
    const { url } = server;
    await server.close();
    expect(await fetchServerTime(url)).toEqual({ ok: false, kind: 'network' });

    // A proxy in front of the server: its own pages are not the API's answers.
    const proxy = createServer((req, res) => {
      if (req.url === '/api/time') res.writeHead(200, { 'content-type': 'application/json' }).end('{"now":"soon"}');
      else res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    try {
      expect(await fetchServerTime(proxyUrl)).toEqual({ ok: false, kind: 'http', status: 200 });
      const id = 'abcdefghijkm' as WorkshopId;
      expect(await fetchWorkshop(proxyUrl, id, 'token')).toEqual({ ok: false, kind: 'http', status: 502 });
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});
