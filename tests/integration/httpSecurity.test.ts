import { request } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { createWorkshop, getJson, postJoin, postJson } from './helpers/api.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(async () => {
  await closeTestServers();
});

const lookup = (url: string, code: string, forwardedFor?: string) =>
  fetch(`${url}/api/join/${code}`, forwardedFor ? { headers: { 'X-Forwarded-For': forwardedFor } } : {});

describe('join-code lookups', () => {
  test('without TRUST_PROXY, X-Forwarded-For is ignored: one bucket for the peer address', async () => {
    const { url } = await startTestServer({ joinLookupBurst: 3, joinLookupsPerMinute: 1 });
    const workshop = await createWorkshop(url);
    for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      expect((await lookup(url, workshop.joinCode, address)).status).toBe(200);
    }
    expect((await lookup(url, workshop.joinCode, '10.0.0.4')).status).toBe(429);
  });

  test("with TRUST_PROXY, the forwarded header's last hop is the client address", async () => {
    const { url } = await startTestServer({ trustProxy: true, joinLookupBurst: 2, joinLookupsPerMinute: 1 });
    const workshop = await createWorkshop(url);
    for (let index = 0; index < 2; index++) expect((await lookup(url, 'zzzzzz', '10.0.0.1')).status).toBe(404);
    expect((await lookup(url, 'zzzzzz', '10.0.0.1')).status).toBe(429);
    // Earlier hops are whatever the client wrote: they do not make a new bucket.
    expect((await lookup(url, 'zzzzzz', '192.168.1.1, 10.0.0.1')).status).toBe(429);
    expect((await lookup(url, workshop.joinCode, '10.0.0.2')).status).toBe(200);
  });

  test('lookups from three addresses do not lock a fourth out of the workshop (issue 14)', async () => {
    const { url } = await startTestServer({ trustProxy: true });
    const workshop = await createWorkshop(url);
    const statuses: number[] = [];
    // Each address up to its own limit (60 at once): 180 lookups of one code.
    for (const address of ['10.1.0.1', '10.1.0.2', '10.1.0.3']) {
      const answers = await Promise.all(Array.from({ length: 60 }, () => lookup(url, workshop.joinCode, address)));
      statuses.push(...answers.map((answer) => answer.status));
    }
    const late = await lookup(url, workshop.joinCode, '10.2.0.1');
    console.info(
      'join code: 180 lookups from three addresses ->',
      countStatuses(statuses),
      'then a fourth',
      late.status,
    );
    expect(late.status).toBe(200);
    expect((await lookup(url, workshop.joinCode, '10.1.0.1')).status).toBe(429);
  });
});

function countStatuses(statuses: readonly number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

describe('creating workshops', () => {
  test('creations and imports per address are capped with 429 too-many-workshops', async () => {
    const { url } = await startTestServer({ workshopCreationsPerHour: 2 });
    const body = { title: 'Ohjaamo', language: 'fi' };
    expect((await postJson(url, body)).status).toBe(201);
    expect((await postJson(url, body)).status).toBe(201);
    const refused = await postJson(url, body);
    expect(refused).toMatchObject({ status: 429, body: { error: 'too-many-workshops' } });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const imported = await fetch(`${url}/api/workshops/import`, { method: 'POST', body: '{}' });
    expect(imported.status).toBe(429);
  });
});

describe('cross-site requests (issue 14)', () => {
  test('a text/plain POST (what a cross-site form may send without asking) creates and joins nothing', async () => {
    const { url } = await startTestServer();
    const form = { 'Content-Type': 'text/plain', Origin: 'https://elsewhere.example' };
    const created = await postJson(url, { title: 'Ohjaamo', language: 'fi' }, form);
    const workshop = await createWorkshop(url);
    const joined = await fetch(`${url}/api/workshops/${workshop.id}/join?token=${workshop.sync.tokens.participant}`, {
      method: 'POST',
      headers: form,
      body: JSON.stringify({ name: 'Anna', role: 'core-staff' }),
    });
    const imported = await fetch(`${url}/api/workshops/import`, { method: 'POST', headers: form, body: '{}' });
    console.info('cross-site text/plain POSTs answered', [created.status, joined.status, imported.status]);
    expect(created).toMatchObject({ status: 415, body: { error: 'unsupported-media-type' } });
    expect(joined.status).toBe(415);
    expect(imported.status).toBe(415);
  });
});

describe('links (issue 14)', () => {
  test('a server reachable from outside without PUBLIC_URL warns that links follow the Host header', async () => {
    const events: string[] = [];
    const logger = (level: string, event: string) => {
      if (level === 'warn') events.push(event);
    };
    await startTestServer({ host: '0.0.0.0', logger });
    expect(events).toContain('public-url-unset');
    events.length = 0;
    await startTestServer({ host: '0.0.0.0', logger, publicUrl: 'https://avaa.example.fi' });
    await startTestServer({ logger });
    // (Other warnings, such as no accessibility contact on a reachable server, are not this one's.)
    expect(events).not.toContain('public-url-unset');
  });
});

describe('headers and bodies', () => {
  test('API answers carry nosniff, no-referrer, no framing and a CSP that loads nothing', async () => {
    const { url } = await startTestServer();
    const response = await fetch(`${url}/api/time`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  test('a join body over 16 KiB is refused with 413, also when streamed without a length', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const token = workshop.sync.tokens.participant;
    const big = { name: 'Anna', role: 'core-staff', padding: 'x'.repeat(17 * 1024) };
    expect(await postJoin(url, workshop.id, big, token)).toEqual({ status: 413, body: { error: 'body-too-large' } });
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${url}/api/workshops/${workshop.id}/join`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Transfer-Encoding': 'chunked',
        },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let chunk = 0; chunk < 20; chunk++) req.write('x'.repeat(1024));
      req.end();
    });
    expect(status).toBe(413);
    expect(
      (await getJson(`${url}/api/workshops/${workshop.id}`, { headers: { Authorization: `Bearer ${token}` } })).status,
    ).toBe(200);
  });
});
