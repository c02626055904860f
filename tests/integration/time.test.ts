import { afterEach, expect, test } from 'vitest';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(closeTestServers);

test("GET /api/time answers the server's clock, never cached", async () => {
  const server = await startTestServer();
  const before = Date.now();
  const response = await fetch(`${server.url}/api/time`);
  const after = Date.now();
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body = (await response.json()) as { now: unknown };
  expect(Object.keys(body)).toEqual(['now']);
  // Same machine, same clock: the answer falls between the request and its response.
  expect(body.now).toBeTypeOf('number');
  expect(body.now).toBeGreaterThanOrEqual(before);
  expect(body.now).toBeLessThanOrEqual(after);

  const post = await fetch(`${server.url}/api/time`, { method: 'POST' });
  expect(post.status).toBe(405);
  expect(post.headers.get('allow')).toBe('GET, HEAD');
});
