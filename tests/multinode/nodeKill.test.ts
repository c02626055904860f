import { CELL_IDS, createNote, readAllNotes } from '@avaa/board-model';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seededRandom } from '../../packages/board-model/src/testing/seededRandom.ts';
import { type ChaosClient, chaosClient } from '../chaos/chaosClient.ts';
import { createWorkshop, joinAs, syncOn } from '../integration/helpers/api.ts';
import { startCluster, type TestCluster } from './support/cluster.ts';
import { sleep } from './support/processes.ts';
import { storedBoard } from './support/stored.ts';
import { clusterTestsEnabled } from './support/tools.ts';

// kill -9 of a node mid-workshop: 12 people on two workshops type through nginx (as browsers
// would), with @avaa/sync-client's durable acknowledgements, while a random node is killed every
// few seconds and restarted a little later. Clients of a killed node reconnect through nginx to
// the others. Acknowledged edits must all be in PostgreSQL at once (before any client resyncs),
// and every edit after the clients resynced.
// MULTINODE_KILL_SECONDS=300 runs a long mode.
const TYPING_MS = Number(process.env.MULTINODE_KILL_SECONDS ?? 24) * 1000;

describe.runIf(clusterTestsEnabled())('a node killed mid-workshop', () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startCluster(3);
  });
  afterAll(async () => {
    await cluster?.close();
  });

  test('loses no acknowledged edit; clients continue on the other nodes', {
    timeout: TYPING_MS + 120_000,
  }, async () => {
    const previous = process.getMaxListeners();
    process.setMaxListeners(100);
    const random = seededRandom(8);
    const clients: ChaosClient[] = [];
    try {
      for (let w = 0; w < 2; w++) {
        const workshop = await createWorkshop(cluster.url, `Solmun kaatuminen ${w + 1}`);
        for (let c = 0; c < 6; c++) {
          const person = await joinAs(cluster.url, workshop, `Työntekijä ${c + 1}`);
          clients.push(chaosClient(clients.length, syncOn(cluster.balancer, workshop), person.token));
        }
      }
      const until = Date.now() + TYPING_MS;
      // People type until the time is up and three kills have happened: on a slow machine a
      // restart takes longer, and fewer kills would test less.
      let typingEnds = Number.POSITIVE_INFINITY;
      const typing = Promise.all(clients.map((client) => type(client, () => Date.now() < typingEnds, random)));
      let kills = 0;
      while (kills < 3 || Date.now() < until - 3_000) {
        await sleep(2_500 + random() * 2_000);
        const node = cluster.nodes[Math.floor(random() * cluster.nodes.length)];
        if (!node) continue;
        await node.kill();
        kills += 1;
        await sleep(500 + random() * 1_000);
        await node.start();
      }
      typingEnds = Math.max(until, Date.now() + 3_000);
      await typing;
      await Promise.race([Promise.all(clients.map((client) => client.settled())), sleep(15_000)]);
      for (const client of clients) client.disconnect();

      const acknowledgedLost = await missing(cluster.databaseUrl, clients, (client) => client.acknowledgedMarkers());
      for (const client of clients) client.reconnect();
      await Promise.race([Promise.all(clients.map((client) => client.settled())), sleep(30_000)]);
      const lostAfterResync = await missing(cluster.databaseUrl, clients, (client) => client.markers);
      const report = {
        kills,
        edits: clients.reduce((sum, client) => sum + client.markers.length, 0),
        acknowledged: clients.reduce((sum, client) => sum + client.acknowledgedMarkers().length, 0),
        acknowledgedLost,
        lostAfterResync,
        unsavedAtEnd: clients.filter((client) => client.savedState() !== 'saved').length,
      };
      console.log(`multinode kill -9: ${JSON.stringify(report)}`);
      expect(report.kills).toBeGreaterThanOrEqual(3);
      expect(report.acknowledged).toBeGreaterThan(report.edits / 2);
      expect(report.acknowledgedLost).toBe(0);
      expect(report.lostAfterResync).toBe(0);
      expect(report.unsavedAtEnd).toBe(0);
    } finally {
      for (const client of clients) client.destroy();
      process.setMaxListeners(previous);
    }
  });
});

/** About two edits a second per person: new notes with unique markers. */
async function type(client: ChaosClient, typing: () => boolean, random: () => number): Promise<void> {
  while (typing()) {
    await sleep(500 * (0.5 + random()));
    const marker = client.nextMarker();
    const cell = CELL_IDS[Math.floor(random() * CELL_IDS.length)] ?? 'start:services';
    if (createNote(client.doc, cell, { text: marker }).ok) client.edited(marker);
  }
}

/** Markers that no note stored in PostgreSQL holds, per board. */
async function missing(
  databaseUrl: string,
  clients: readonly ChaosClient[],
  markers: (client: ChaosClient) => readonly string[],
): Promise<number> {
  let count = 0;
  const stored = new Map<string, Set<string>>();
  for (const client of clients) {
    let words = stored.get(client.board);
    if (!words) {
      const doc = await storedBoard(databaseUrl, client.board);
      words = new Set(readAllNotes(doc).map((note) => note.text));
      stored.set(client.board, words);
    }
    const known = words;
    count += markers(client).filter((marker) => !known.has(marker)).length;
  }
  return count;
}
