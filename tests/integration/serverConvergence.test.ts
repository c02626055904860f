import { boardViolations, readCommonTableAnyoneDeletes, setCommonTableAnyoneDeletes } from '@avaa/board-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardSnapshot } from '../../packages/board-model/src/testing/compare.ts';
import { planSeeds, withSeed } from '../../packages/board-model/src/testing/fuzzSeeds.ts';
import { applyRandomOperation } from '../../packages/board-model/src/testing/randomOperations.ts';
import { seededRandom } from '../../packages/board-model/src/testing/seededRandom.ts';
import { freePort } from '../chaos/serverProcess.ts';
import { createWorkshop, joinAs } from './helpers/api.ts';
import { type Client, connectClient, disconnect, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { storedDoc } from './helpers/savedClients.ts';
import { closeTestServers, startTestServer, type TestServer } from './helpers/server.ts';
import { connectRoom, workshopRoom } from './helpers/workshop.ts';

// Convergence through the real server: 5-7 stock y-websocket clients make random edits while
// they drop off and come back and the server restarts; in the end every client, a fresh client
// and the document read back from the SQLite file are identical, and the board's invariants hold.
// CI runs the pinned seeds (board-model's testing/pinnedSeeds.ts) and seeds 1..50;
// SERVER_CONVERGENCE_SEEDS=10000 runs 1..10000, AVAA_FUZZ_RUNS=20 20 fresh random seeds
// (`npm run fuzz`), AVAA_FUZZ_SEED=n seed n alone.
const SUITE = 'serverConvergence';
const SEEDS = Number(process.env.SERVER_CONVERGENCE_SEEDS ?? 50);
const plan = planSeeds(
  process.env,
  SUITE,
  Array.from({ length: SEEDS }, (_, i) => i + 1),
);
const STEPS = 60;
const MAX_RESTARTS = 2;

let server: TestServer;

beforeAll(async () => {
  // A fixed port: the clients' providers reconnect to the same address after a restart.
  server = await startTestServer({ port: await freePort() });
});

afterAll(async () => {
  await closeTestServers();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runSeed(seed: number): Promise<{ operations: number; restarts: number; drops: number }> {
  const random = seededRandom(seed);
  const workshop = await createWorkshop(server.url, `Konvergenssi ${seed}`);
  // Random edits delete anyone's notes: the facilitator allows that on the common table (who may
  // delete what is tested in noteDeletes.test.ts; this is about convergence).
  const settings = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
  const witness = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.viewer);
  await synced(settings, witness);
  setCommonTableAnyoneDeletes(settings.doc, true);
  await eventually(() => expect(readCommonTableAnyoneDeletes(witness.doc)).toBe(true));
  disconnect(settings);
  disconnect(witness);
  const count = 5 + Math.floor(random() * 3);
  const clients: Client[] = [];
  for (let i = 0; i < count; i++) {
    const person = await joinAs(server.url, workshop, `Työntekijä ${i + 1}`);
    clients.push(connectClient(workshop.sync, person.token));
  }
  await synced(...clients);
  let operations = 0;
  let restarts = 0;
  let drops = 0;
  for (let step = 0; step < STEPS; step++) {
    const client = clients[Math.floor(random() * clients.length)] as Client;
    const roll = random();
    if (roll < 0.7) {
      applyRandomOperation(client.doc, random);
      operations += 1;
    } else if (roll < 0.8) {
      if (client.provider.wsconnected) drops += 1;
      client.provider.disconnect();
    } else if (roll < 0.9) {
      client.provider.connect();
    } else if (roll < 0.93 && restarts < MAX_RESTARTS) {
      await server.restart();
      restarts += 1;
    } else {
      await pause(Math.floor(random() * 30));
    }
  }
  for (const client of clients) client.provider.connect();
  const reader = connectClient(workshop.sync, workshop.sync.tokens.viewer);
  try {
    await eventually(() => {
      const expected = boardSnapshot(reader.doc);
      for (const client of [...clients, reader]) {
        expect(client.provider.synced).toBe(true);
        expect(boardSnapshot(client.doc)).toEqual(expected);
      }
      expect(boardSnapshot(storedDoc(server.dataDir, workshop.sync.board))).toEqual(expected);
      expect(boardViolations(reader.doc)).toEqual([]);
    }, 20_000);
  } finally {
    for (const client of [...clients, reader]) disconnect(client);
  }
  return { operations, restarts, drops };
}

describe('convergence through the real server', () => {
  const totals = { operations: 0, restarts: 0, drops: 0 };
  it.each(plan.seeds)('seed %i converges on every client, a fresh client and the disk', async (seed) => {
    const result = await withSeed(plan, SUITE, seed, () => runSeed(seed));
    totals.operations += result.operations;
    totals.restarts += result.restarts;
    totals.drops += result.drops;
  });
  afterAll(() => {
    console.log(`server convergence: ${plan.seeds.length} seeds, ${JSON.stringify(totals)}`);
  });
});
