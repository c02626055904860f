import { createNote, notesInCell } from '@avaa/board-model';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createWorkshop, getJson, syncOn } from '../integration/helpers/api.ts';
import { connectClient, disconnectAll, synced } from '../integration/helpers/clients.ts';
import { eventually } from '../integration/helpers/eventually.ts';
import { type Sample, sampleValue, scrape } from '../integration/helpers/metrics.ts';
import { startCluster, type TestCluster } from './support/cluster.ts';
import { clusterTestsEnabled } from './support/tools.ts';

const TOKEN = 'cluster-scrape-5Vq8nW2e';

// Two nodes on PostgreSQL and Redis behind nginx, as docs/deployment.md sets them up: each node's
// /metrics counts PostgreSQL's commits and errors; through nginx (which connects from loopback)
// only the bearer token gets them.
describe.runIf(clusterTestsEnabled())('metrics of nodes on PostgreSQL behind nginx', () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startCluster(2, { METRICS_TOKEN: TOKEN });
  });
  afterEach(() => disconnectAll());
  afterAll(async () => {
    await cluster?.close();
  });

  const node = (index: number) => {
    const found = cluster.nodes[index];
    if (!found) throw new Error(`no node ${index}`);
    return found;
  };
  const commits = (samples: Sample[]) =>
    sampleValue(samples, 'avaa_storage_commit_seconds_count', { backend: 'postgres' });

  test('commits on PostgreSQL are timed on the node that made them', async () => {
    const workshop = await createWorkshop(node(0).url);
    const before = await scrape(node(0).url);
    const writer = connectClient(syncOn(node(0), workshop), workshop.sync.tokens.facilitator);
    const reader = connectClient(syncOn(node(1), workshop), workshop.sync.tokens.viewer);
    await synced(writer, reader);
    createNote(writer.doc, 'start:services', { text: 'Walk-in guidance' });
    await eventually(() => expect(notesInCell(reader.doc, 'start:services')).toHaveLength(1), 15_000);
    await eventually(async () => expect(commits(await scrape(node(0).url))).toBeGreaterThan(commits(before)));
    const reading = await scrape(node(1).url);
    expect(sampleValue(reading, 'avaa_sockets_open', { kind: 'board' })).toBe(1);
    expect(sampleValue(reading, 'avaa_storage_errors_total', { backend: 'postgres' })).toBe(0);
  });

  test('attack: through nginx from loopback, /metrics needs the bearer token', async () => {
    const through = await fetch(`${cluster.url}/metrics`);
    expect([through.status, await through.json()]).toEqual([401, { error: 'unauthorized' }]);
    const wrong = await fetch(`${cluster.url}/metrics`, { headers: { Authorization: 'Bearer cluster-scrape-guess' } });
    expect(wrong.status).toBe(401);
    const samples = await scrape(cluster.url, { Authorization: `Bearer ${TOKEN}` });
    expect(samples.some((sample) => sample.name === 'avaa_rooms_open')).toBe(true);
  });

  test('PostgreSQL away: the failed operations are counted by backend and operation', async () => {
    await cluster.postgres.stop();
    try {
      await eventually(async () => expect((await getJson(`${node(0).url}/healthz`)).status).toBe(503), 20_000);
      const samples = await scrape(node(0).url);
      expect(
        sampleValue(samples, 'avaa_storage_errors_total', { backend: 'postgres', operation: 'ping' }),
      ).toBeGreaterThan(0);
    } finally {
      await cluster.postgres.start();
    }
    await eventually(async () => expect((await getJson(`${node(0).url}/healthz`)).status).toBe(200), 30_000);
  });
});
