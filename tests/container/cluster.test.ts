import { createNote, notesInCell } from '@avaa/board-model';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '../chaos/serverProcess.ts';
import { createWorkshop, getJson } from '../integration/helpers/api.ts';
import { connectClient, disconnectAll, synced } from '../integration/helpers/clients.ts';
import { eventually } from '../integration/helpers/eventually.ts';
import { connectSaving, disconnectSaving } from '../integration/helpers/savedClients.ts';
import { startNginx, type TestBalancer } from '../multinode/support/nginx.ts';
import { sharedSecret } from '../multinode/support/nodes.ts';
import { startPostgres, type TestPostgres } from '../multinode/support/postgres.ts';
import { startRedis, type TestRedis } from '../multinode/support/redis.ts';
import { clusterTestsEnabled } from '../multinode/support/tools.ts';
import {
  buildBase,
  buildImage,
  containerTestsEnabled,
  podmanStatus,
  requireContainerTools,
  runImage,
  runtimeFlags,
} from './support/podman.ts';

const CELL = 'start:services';
const NOTE = 'Työpajan jälkeen: yhteinen palveluohjaus';

// The shape of deploy/compose.cluster.yaml with the image's own containers: two nodes sharing
// PostgreSQL and Redis (Debian's, on loopback, as the multi-node tests start them; the
// containers share the host's network) and nginx in front with the configuration of
// docs/deployment.md. Shows the image carries the PostgreSQL and Redis clients.
describe.runIf(containerTestsEnabled() && clusterTestsEnabled())('the image as two nodes behind nginx', () => {
  let postgres: TestPostgres;
  let redis: TestRedis;
  let balancer: TestBalancer;
  const names: string[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    requireContainerTools();
    buildBase();
    const flags = await runtimeFlags();
    buildImage(flags);
    postgres = await startPostgres();
    redis = await startRedis();
    const databaseUrl = await postgres.createDatabase(`avaa_container_${process.pid}`);
    const secret = sharedSecret();
    for (const node of ['avaa-1', 'avaa-2']) {
      const port = await freePort();
      const name = `${node}-ci-${process.pid}`;
      names.push(name);
      const env = { HOST: '127.0.0.1', PORT: String(port), DATABASE_URL: databaseUrl, REDIS_URL: redis.url };
      const settings = { ...env, AVAA_SECRET: secret, NODE_ID: node, TRUST_PROXY: '1' };
      const args = ['--network', 'host', '--health-interval', 'disable'];
      for (const [key, value] of Object.entries(settings)) args.push('--env', `${key}=${value}`);
      urls.push(await runImage(flags, name, args, async () => `http://127.0.0.1:${port}`));
    }
    balancer = await startNginx(urls.map((url) => Number(new URL(url).port)));
  });
  afterEach(() => {
    disconnectSaving();
    disconnectAll();
  });
  afterAll(async () => {
    for (const name of names) await podmanStatus(['rm', '--force', '--volumes', '--time', '5', name]);
    await balancer?.close();
    await redis?.close();
    await postgres?.close();
  });

  test('both nodes store in PostgreSQL and reach Redis', async () => {
    for (const url of urls) {
      expect(await getJson(`${url}/healthz`)).toMatchObject({
        status: 200,
        body: { status: 'ok', storage: 'postgres' },
      });
    }
  });

  test('an edit saved on one node reaches a client of the other and one through nginx', async () => {
    const workshop = await createWorkshop(balancer.url);
    const on = (url: string) => ({ ...workshop.sync, url: `${url.replace(/^http/, 'ws')}/sync` });
    const writer = connectSaving(on(urls[0] ?? ''), workshop.sync.tokens.facilitator);
    const other = connectClient(on(urls[1] ?? ''), workshop.sync.tokens.participant);
    const balanced = connectClient(workshop.sync, workshop.sync.tokens.participant);
    await synced(other, balanced);
    await eventually(() => expect(writer.connection.status.getSnapshot().state).toBe('live'), 15_000);
    if (!createNote(writer.doc, CELL, { text: NOTE }).ok) throw new Error('note not created');
    // "saved" (message 101) only after the node committed the edit to PostgreSQL.
    await eventually(() => expect(writer.connection.savedState.getSnapshot()).toBe('saved'), 15_000);
    for (const reader of [other, balanced]) {
      await eventually(() => expect(notesInCell(reader.doc, CELL).map((note) => note.text)).toEqual([NOTE]), 15_000);
    }
  });
});
