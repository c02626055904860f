import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, test } from 'vitest';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(async () => {
  await closeTestServers();
});

const TOKEN = 'prometheus-scrape-7Qm2x9Lk';

async function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await fetch(`${url}/metrics`, { headers, method });
  const text = await response.text();
  return {
    status: response.status,
    body: response.status === 200 ? text : JSON.parse(text),
    authenticate: response.headers.get('www-authenticate'),
  };
}

/** What a reverse proxy on this machine adds (nginx: X-Forwarded-For, X-Forwarded-Proto...). */
const PROXIED: Record<string, string>[] = [
  { 'X-Forwarded-For': '203.0.113.9' },
  { Forwarded: 'for=203.0.113.9;proto=https' },
  { 'X-Real-IP': '203.0.113.9' },
  { 'X-Forwarded-Proto': 'https' },
];

/** An address of this machine that is not loopback (a request to it comes from it, not from 127.x). */
function externalAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;
}

describe('who may scrape /metrics (issue 19, point 3)', () => {
  test('a client on this machine, through no proxy, without a token', async () => {
    const { url } = await startTestServer();
    const answer = await get(url);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('# TYPE avaa_sync_messages_received_total counter');
  });

  test('attack: METRICS_TOKEN unset, a request a proxy forwarded from loopback gets what an unknown path gets', async () => {
    const { url } = await startTestServer();
    for (const headers of PROXIED) {
      expect(await get(url, headers), JSON.stringify(headers)).toMatchObject({
        status: 404,
        body: { error: 'not-found' },
      });
      // No token makes it exist: none is configured.
      expect((await get(url, { ...headers, Authorization: `Bearer ${TOKEN}` })).status).toBe(404);
    }
  });

  test('attack: METRICS_TOKEN set, a forwarded request needs exactly that bearer token', async () => {
    const { url } = await startTestServer({ metricsToken: TOKEN });
    for (const headers of PROXIED) {
      expect(await get(url, headers)).toMatchObject({
        status: 401,
        body: { error: 'unauthorized' },
        authenticate: 'Bearer',
      });
      for (const wrong of [`Bearer ${TOKEN.slice(0, -1)}`, `Bearer ${TOKEN}0`, `Basic ${TOKEN}`, TOKEN]) {
        expect((await get(url, { ...headers, Authorization: wrong })).status, wrong).toBe(401);
      }
      // Refused before the method is looked at: nothing about the endpoint leaks.
      expect((await get(url, headers, 'POST')).status).toBe(401);
      const scraped = await get(url, { ...headers, Authorization: `Bearer ${TOKEN}` });
      expect(scraped.status).toBe(200);
      expect(scraped.body).toContain('avaa_sockets_open');
    }
    // Loopback without a proxy still needs no token.
    expect((await get(url)).status).toBe(200);
  });

  const external = externalAddress();
  test.skipIf(external === undefined)(
    'from another address: nothing without METRICS_TOKEN, its bearer token with it',
    async () => {
      const hidden = await startTestServer({ host: '0.0.0.0' });
      const hiddenUrl = `http://${external}:${hidden.server.port}`;
      expect(await get(hiddenUrl)).toMatchObject({ status: 404, body: { error: 'not-found' } });
      expect((await get(hiddenUrl, { Authorization: `Bearer ${TOKEN}` })).status).toBe(404);

      const guarded = await startTestServer({ host: '0.0.0.0', metricsToken: TOKEN });
      const guardedUrl = `http://${external}:${guarded.server.port}`;
      expect(await get(guardedUrl)).toMatchObject({ status: 401, body: { error: 'unauthorized' } });
      expect((await get(guardedUrl, { Authorization: 'Bearer prometheus-scrape-guess' })).status).toBe(401);
      expect((await get(guardedUrl, { Authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    },
  );
});
