import { WORKSHOP_ID_ALPHABET, WORKSHOP_ID_LENGTH } from '@avaa/protocol';
import { afterEach, describe, expect, test } from 'vitest';
import { type CreatedWorkshop, getJson, postJson } from './helpers/api.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(closeTestServers);

describe('POST /api/workshops', () => {
  test('creates a workshop with a link per role and the sync coordinates', async () => {
    const { url } = await startTestServer();
    const response = await postJson(url, { title: '  Ohjaamo Vaasa – Navigatorn  ', language: 'sv' });
    expect(response.status).toBe(201);
    const workshop = response.body as CreatedWorkshop;
    expect(workshop.id).toMatch(new RegExp(`^[${WORKSHOP_ID_ALPHABET}]{${WORKSHOP_ID_LENGTH}}$`));
    expect(workshop).toMatchObject({ title: 'Ohjaamo Vaasa – Navigatorn', language: 'sv' });
    const { tokens } = workshop.sync;
    for (const token of Object.values(tokens)) expect(token).toMatch(/^v1\.[\w-]+\.[\w-]+$/);
    expect(workshop.links).toEqual({
      facilitator: `${url}/w/${workshop.id}#token=${tokens.facilitator}`,
      participant: `${url}/w/${workshop.id}#token=${tokens.participant}`,
      projector: `${url}/w/${workshop.id}/projector#token=${tokens.viewer}`,
      feedback: `${url}/w/${workshop.id}/feedback#token=${tokens.viewer}`,
    });
    expect(workshop.sync.url).toBe(`${url.replace('http://', 'ws://')}/sync`);
    expect(workshop.sync.board).toBe(`${workshop.id}/plenary`);
    expect(workshop.joinCode).toMatch(new RegExp(`^[${WORKSHOP_ID_ALPHABET}]{6}$`));
  });

  test('links follow PUBLIC_URL, or else the Host and X-Forwarded-Proto headers', async () => {
    const plain = await startTestServer();
    const proxied = await postJson(plain.url, { title: 'T', language: 'en' }, { 'X-Forwarded-Proto': 'https' });
    const body = proxied.body as CreatedWorkshop;
    expect(body.links.participant.startsWith(`https://${new URL(plain.url).host}/w/`)).toBe(true);
    expect(body.sync.url).toBe(`wss://${new URL(plain.url).host}/sync`);

    const configured = await startTestServer({ publicUrl: 'https://avaa.example.fi/' });
    const created = (await postJson(configured.url, { title: 'T', language: 'fi' })).body as CreatedWorkshop;
    expect(created.links.facilitator.startsWith('https://avaa.example.fi/w/')).toBe(true);
    expect(created.sync.url).toBe('wss://avaa.example.fi/sync');
  });

  test.each([
    [{ language: 'fi' }, { error: 'not-a-string', field: 'title' }],
    [
      { title: 42, language: 'fi' },
      { error: 'not-a-string', field: 'title' },
    ],
    [
      { title: '   ', language: 'fi' },
      { error: 'empty', field: 'title' },
    ],
    [
      { title: 'x'.repeat(121), language: 'fi' },
      { error: 'too-long', field: 'title' },
    ],
    [
      { title: 'Line\nbreak', language: 'fi' },
      { error: 'control-character', field: 'title' },
    ],
    [
      { title: 'Bidi \u202e override', language: 'fi' },
      { error: 'control-character', field: 'title' },
    ],
    [{ title: 'Ohjaamo' }, { error: 'unknown-language', field: 'language' }],
    [
      { title: 'Ohjaamo', language: 'de' },
      { error: 'unknown-language', field: 'language' },
    ],
    [['Ohjaamo', 'fi'], { error: 'not-an-object' }],
    [null, { error: 'not-an-object' }],
    ['{"title": "unterminated', { error: 'invalid-json' }],
  ])('rejects %j with 400', async (body, error) => {
    const { url } = await startTestServer();
    expect(await postJson(url, body)).toMatchObject({ status: 400, body: error });
  });

  test('title length counts characters, not UTF-16 units; bodies over 16 KiB are refused', async () => {
    const { url } = await startTestServer();
    expect((await postJson(url, { title: '🙂'.repeat(120), language: 'fi' })).status).toBe(201);
    expect((await postJson(url, { title: 'ä'.repeat(120), language: 'fi' })).status).toBe(201);
    const huge = await postJson(url, { title: 'Ohjaamo', language: 'fi', padding: 'x'.repeat(17 * 1024) });
    expect(huge).toMatchObject({ status: 413, body: { error: 'body-too-large' } });
  });

  test('other API paths and methods', async () => {
    const { url } = await startTestServer();
    expect(await getJson(`${url}/api/nothing`)).toEqual({ status: 404, body: { error: 'not-found' } });
    expect(await getJson(`${url}/api/workshops`)).toEqual({ status: 405, body: { error: 'method-not-allowed' } });
  });
});

test('GET /healthz reports status, loaded rooms and uptime', async () => {
  const { url } = await startTestServer();
  const health = await fetch(`${url}/healthz`);
  expect(health.status).toBe(200);
  expect(health.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await health.json()).toMatchObject({
    status: 'ok',
    rooms: 0,
    connections: 0,
    uptimeSeconds: expect.any(Number),
  });
});
