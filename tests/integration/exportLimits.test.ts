import { afterEach, describe, expect, test } from 'vitest';
import { createWorkshop } from './helpers/api.ts';
import { getExport } from './helpers/exchange.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(async () => {
  await closeTestServers();
});

describe('export limits (issue 14, point 8)', () => {
  test('exports are rate-limited per workshop and per address: 429 too-many-exports with Retry-After', async () => {
    const server = await startTestServer({
      jobs: { exportsPerWorkshop: { burst: 2, perMinute: 1 }, exportsPerAddress: { burst: 4, perMinute: 1 } },
    });
    const [first, second] = [await createWorkshop(server.url), await createWorkshop(server.url)];
    const csv = (workshop: typeof first) =>
      getExport(server.url, workshop.id, 'format=csv', workshop.sync.tokens.facilitator);
    expect([(await csv(first)).status, (await csv(first)).status]).toEqual([200, 200]);
    const perWorkshop = await csv(first);
    expect([perWorkshop.status, JSON.parse(perWorkshop.text)]).toEqual([429, { error: 'too-many-exports' }]);
    expect(Number(perWorkshop.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another workshop from the same address: its own bucket is full, the address's has one left.
    expect((await csv(second)).status).toBe(200);
    const perAddress = await csv(second);
    expect([perAddress.status, JSON.parse(perAddress.text)]).toEqual([429, { error: 'too-many-exports' }]);
  });

  test('past the workers and the queue, an export is answered 503 busy with Retry-After', async () => {
    const server = await startTestServer({ jobs: { workers: 1, queue: 0 } });
    const workshop = await createWorkshop(server.url);
    const token = workshop.sync.tokens.facilitator;
    const answers = await Promise.all(
      ['kind=table&paper=A3', 'kind=cards&card=A6'].map((query) =>
        getExport(server.url, workshop.id, `format=pdf&${query}`, token),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 503]);
    expect(JSON.parse(answers[1]!.text)).toEqual({ error: 'busy' });
    expect(answers[1]!.headers.get('retry-after')).toBe('5');
    // Once the worker is free, the same export is answered.
    expect((await getExport(server.url, workshop.id, 'format=pdf&kind=cards&card=A6', token)).status).toBe(200);
  });
});
