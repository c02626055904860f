import { createNote, notesInCell } from '@avaa/board-model';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type * as Y from 'yjs';
import { createWorkshop, getJson, syncOn } from '../integration/helpers/api.ts';
import { connectClient, disconnectAll, synced } from '../integration/helpers/clients.ts';
import { eventually } from '../integration/helpers/eventually.ts';
import { connectSaving, disconnectSaving } from '../integration/helpers/savedClients.ts';
import { startCluster, type TestCluster } from './support/cluster.ts';
import { sleep } from './support/processes.ts';
import { clusterTestsEnabled } from './support/tools.ts';

// Redis and PostgreSQL restarts: while a service is away every node says so on /healthz (503,
// naming it) and edits are not acknowledged (the browser keeps them and shows "not saving");
// when it is back the nodes recover by themselves, the edit made meanwhile reaches the other
// node and is acknowledged. The recovery times are printed.
describe.runIf(clusterTestsEnabled())('outages of Redis and PostgreSQL', () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startCluster(2);
  });
  afterEach(() => {
    disconnectAll();
    disconnectSaving();
  });
  afterAll(async () => {
    await cluster?.close();
  });

  const texts = (doc: Y.Doc) => notesInCell(doc, 'start:services').map((note) => note.text);

  async function linkedPair(title: string) {
    const [first, second] = cluster.nodes;
    if (!first || !second) throw new Error('two nodes');
    const workshop = await createWorkshop(first.url, title);
    const writer = connectSaving(syncOn(first, workshop), workshop.sync.tokens.facilitator);
    const reader = connectClient(syncOn(second, workshop), workshop.sync.tokens.viewer);
    await synced(reader);
    createNote(writer.doc, 'start:services', { text: 'ennen' });
    await eventually(() => expect(texts(reader.doc)).toEqual(['ennen']), 15_000);
    await eventually(() => expect(writer.connection.savedState.getSnapshot()).toBe('saved'));
    return { writer, reader };
  }

  async function everyNode(status: number, unavailable?: string[]) {
    await eventually(
      async () => {
        for (const node of cluster.nodes) {
          const health = await getJson(`${node.url}/healthz`);
          expect(health.status).toBe(status);
          if (unavailable) expect(health.body).toMatchObject({ status: 'unavailable', unavailable });
        }
      },
      20_000,
      100,
    );
  }

  async function outage(service: 'redis' | 'postgres') {
    const { writer, reader } = await linkedPair(`Katko: ${service}`);
    await (service === 'redis' ? cluster.redis : cluster.postgres).stop();
    await everyNode(503, [service]);

    createNote(writer.doc, 'start:services', { text: 'katkon aikana' });
    await sleep(1_000);
    expect(writer.connection.savedState.getSnapshot()).not.toBe('saved');
    // A node (re)started during the outage starts anyway, says so, and recovers like the others.
    const restarted = cluster.nodes[1];
    await restarted?.stop();
    await restarted?.start();
    await everyNode(503, [service]);

    await (service === 'redis' ? cluster.redis : cluster.postgres).start();
    const back = performance.now();
    await everyNode(200);
    const healthyMs = performance.now() - back;
    await eventually(() => expect(texts(reader.doc).sort()).toEqual(['ennen', 'katkon aikana']), 30_000);
    await eventually(() => expect(writer.connection.savedState.getSnapshot()).toBe('saved'), 30_000);
    const recoveredMs = performance.now() - back;

    createNote(writer.doc, 'start:services', { text: 'jälkeen' });
    await eventually(() => expect(texts(reader.doc)).toContain('jälkeen'), 15_000);
    const flowingMs = performance.now() - back;
    const report = {
      healthyMs: Math.round(healthyMs),
      recoveredMs: Math.round(recoveredMs),
      flowingMs: Math.round(flowingMs),
    };
    console.log(`${service} restart recovery: ${JSON.stringify(report)}`);
  }

  test('a Redis restart: nodes say so, hold acknowledgements, then catch up by themselves', async () => {
    await outage('redis');
  });

  test('a PostgreSQL restart: nodes say so, keep edits unacknowledged, then recover by themselves', async () => {
    await outage('postgres');
  });
});
