/**
 * One node and several nodes under the same workshop load, side by side: `npx node
 * bench/multinode.ts` (`--quick` for a short run). Stock y-websocket clients, spread round robin
 * over the nodes, each add a note once a second (then four times a second); every client times
 * each note of the others from the moment its writer made it until it shows up locally.
 * Cross-node latency counts the notes whose writer sat on another node (through PostgreSQL's
 * commit and Redis). One more client per workshop, connected as the web app is
 * (@avaa/sync-client), times each of its edits until the server says "saved" (committed).
 * Prints a table and writes bench/results/multinode.json. Everything runs on this machine: the nodes,
 * PostgreSQL, Redis and the clients share its cores, so more nodes add hops, not capacity here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNote, notesMap } from '@avaa/board-model';
import { connectBoard } from '@avaa/sync-client';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { type CreatedWorkshop, createWorkshop, joinAs, syncOn } from '../tests/integration/helpers/api.ts';
import { type ClusterNode, clusterNode, sharedSecret } from '../tests/multinode/support/nodes.ts';
import { startPostgres, type TestPostgres } from '../tests/multinode/support/postgres.ts';
import { startRedis, type TestRedis } from '../tests/multinode/support/redis.ts';
import { QUICK, report } from './report.ts';

type Scenario = { readonly name: string; readonly nodes: number; readonly backend: 'sqlite' | 'postgres' };

const SCENARIOS: readonly Scenario[] = [
  { name: '1 node, SQLite', nodes: 1, backend: 'sqlite' },
  { name: '1 node, PostgreSQL + Redis', nodes: 1, backend: 'postgres' },
  { name: '2 nodes, PostgreSQL + Redis', nodes: 2, backend: 'postgres' },
  { name: '3 nodes, PostgreSQL + Redis', nodes: 3, backend: 'postgres' },
];
const WORKSHOPS = QUICK ? 2 : 4;
const CLIENTS_PER_WORKSHOP = QUICK ? 6 : 10;
const EDITS_PER_SECOND = QUICK ? [1] : [1, 4];
const WARMUP_MS = QUICK ? 1_000 : 3_000;
const MEASURE_MS = QUICK ? 5_000 : 20_000;

type Sample = { readonly ms: number; readonly crossNode: boolean };
type BenchClient = { readonly doc: Y.Doc; readonly provider: WebsocketProvider; readonly node: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runScenario(
  scenario: Scenario,
  editsPerSecond: number,
  services: { postgres: TestPostgres; redis: TestRedis },
  run: number,
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'avaa-bench-nodes-'));
  const secret = sharedSecret();
  const env =
    scenario.backend === 'sqlite'
      ? { secret }
      : { secret, redisUrl: services.redis.url, databaseUrl: await services.postgres.createDatabase(`bench_${run}`) };
  const nodes: ClusterNode[] = [];
  for (let i = 0; i < scenario.nodes; i++) nodes.push(await clusterNode(`bench-${i + 1}`, env, dataDir));
  await Promise.all(nodes.map((node) => node.start()));
  const clients: BenchClient[] = [];
  const samples: Sample[] = [];
  const acknowledgements: number[] = [];
  const probes: ReturnType<typeof connectBoard>[] = [];
  let measuring = false;
  let sent = 0;
  try {
    for (let w = 0; w < WORKSHOPS; w++) {
      const workshop = await createWorkshop(nodes[0]?.url ?? '', `Kuorma ${w + 1}`);
      for (let c = 0; c < CLIENTS_PER_WORKSHOP; c++) {
        const index = clients.length % nodes.length;
        const node = nodes[index] as ClusterNode;
        const person = await joinAs(node.url, workshop, `Henkilö ${c + 1}`);
        clients.push(connect(workshop, node, index, person.token, (sample) => measuring && samples.push(sample)));
      }
      const node = nodes[w % nodes.length] as ClusterNode;
      probes.push(
        connectBoard({
          ...syncOn(node, workshop),
          token: workshop.sync.tokens.facilitator,
          doc: new Y.Doc(),
          WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
          followBrowserOnline: false,
        }),
      );
    }
    await waitSynced(clients);
    const until = Date.now() + WARMUP_MS + MEASURE_MS;
    setTimeout(() => {
      measuring = true;
    }, WARMUP_MS);
    const saving = probes.map((probe) =>
      timeAcknowledgements(probe, until, (ms) => measuring && acknowledgements.push(ms)),
    );
    await Promise.all(
      clients.map(async (client, index) => {
        await sleep(Math.random() * 1000);
        let n = 0;
        while (Date.now() < until) {
          const text = `${index}|${client.node}|${performance.now().toFixed(3)}|${n++}`;
          createNote(client.doc, 'start:services', { text });
          if (measuring) sent += 1;
          await sleep((1000 / editsPerSecond) * (0.5 + Math.random()));
        }
      }),
    );
    await Promise.all(saving);
    await sleep(1_000);
  } finally {
    for (const client of clients) client.provider.destroy();
    for (const probe of probes) probe.destroy();
    await Promise.all(nodes.map((node) => node.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
  const seconds = MEASURE_MS / 1000;
  const all = samples.map((sample) => sample.ms);
  const cross = samples.filter((sample) => sample.crossNode).map((sample) => sample.ms);
  return {
    scenario: scenario.name,
    clients: clients.length,
    editsPerClientPerSec: editsPerSecond,
    editsPerSec: round(sent / seconds),
    deliveredPerSec: round(samples.length / seconds),
    p50Ms: percentile(all, 50),
    p99Ms: percentile(all, 99),
    crossNodeP50Ms: cross.length > 0 ? percentile(cross, 50) : null,
    crossNodeP99Ms: cross.length > 0 ? percentile(cross, 99) : null,
    crossNodeSamples: cross.length,
    savedP50Ms: percentile(acknowledgements, 50),
    savedP99Ms: percentile(acknowledgements, 99),
  };
}

/** Adds a note every half second and times it until the server says it is committed. */
async function timeAcknowledgements(
  probe: ReturnType<typeof connectBoard>,
  until: number,
  record: (ms: number) => void,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!probe.provider.synced && Date.now() < deadline) await sleep(50);
  while (Date.now() < until) {
    const started = performance.now();
    const saved = new Promise<void>((resolve) => {
      const stop = probe.savedState.subscribe(() => {
        if (probe.savedState.getSnapshot() !== 'saved') return;
        stop();
        resolve();
      });
    });
    createNote(probe.provider.doc, 'start:services', { text: 'tallennus' });
    await Promise.race([saved, sleep(10_000)]);
    record(performance.now() - started);
    await sleep(500);
  }
}

/** A stock client that times every note another client wrote, from the time in its text. */
function connect(
  workshop: CreatedWorkshop,
  node: ClusterNode,
  nodeIndex: number,
  token: string,
  record: (sample: Sample) => void,
): BenchClient {
  const doc = new Y.Doc();
  const sync = syncOn(node, workshop);
  const provider = new WebsocketProvider(sync.url, sync.board, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const notes = notesMap(doc);
  // Only the notes a change added are read, so the clients cost little next to the servers.
  notes.observe((event, transaction) => {
    if (transaction.local) return;
    const now = performance.now();
    for (const [id, change] of event.changes.keys) {
      if (change.action !== 'add') continue;
      const [, writerNode, at] = String((notes.get(id) as Y.Map<unknown> | undefined)?.get('text') ?? '').split('|');
      if (at === undefined || writerNode === undefined) continue;
      record({ ms: now - Number(at), crossNode: Number(writerNode) !== nodeIndex });
    }
  });
  return { doc, provider, node: nodeIndex };
}

async function waitSynced(clients: readonly BenchClient[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (clients.some((client) => !client.provider.synced)) {
    if (Date.now() > deadline) throw new Error('clients did not sync in 30 s');
    await sleep(50);
  }
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

// Each y-websocket provider listens for the process's exit.
process.setMaxListeners(WORKSHOPS * CLIENTS_PER_WORKSHOP + 20);
const postgres = await startPostgres();
const redis = await startRedis();
const rows = [];
try {
  let run = 0;
  for (const editsPerSecond of EDITS_PER_SECOND) {
    for (const scenario of SCENARIOS) {
      console.log(`=== ${scenario.name}, ${editsPerSecond} edit/s per client`);
      rows.push(await runScenario(scenario, editsPerSecond, { postgres, redis }, run++));
    }
  }
} finally {
  await redis.close();
  await postgres.close();
}
report('multinode', rows, {
  load: { workshops: WORKSHOPS, clientsPerWorkshop: CLIENTS_PER_WORKSHOP, editsPerClientPerSec: EDITS_PER_SECOND },
  measureMs: MEASURE_MS,
});
process.exit(0);
