/**
 * Our server against the reference y-websocket server, same harness, same load, same run:
 * `npx node bench/sync/compare.ts [--quick] [--rounds=N] [--workers=N] [avaa|avaa-bare|reference ...]`.
 * The servers (by default ours and the reference; serverProcess.ts names the others) are started
 * side by side and take turns in short rounds in rotating order, each alone (the others
 * stopped), so other work on the machine lands on each about equally; each server's latency is
 * pooled over its rounds. Writes bench/results/syncCompare.json.
 */
import { QUICK, report } from '../report.ts';
import { type LoadResult, percentiles, pool, round, runLoad } from './load.ts';
import type { RoomPlan } from './loadTypes.ts';
import { kindsFromArgs, type ServerProcess, startServerProcess } from './serverProcess.ts';
import { planRooms } from './setup.ts';

const WORKSHOPS = QUICK ? 3 : 20;
const PEOPLE = QUICK ? 5 : 10;
/** `--name=N` on the command line, a whole number of at least 1, else `otherwise`. */
function countArg(name: string, otherwise: number): number {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const count = given === undefined ? otherwise : Number(given);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--${name} wants a whole number of at least 1`);
  return count;
}
// `--rounds=N`: more rounds pool more of each server's tail (its p99 moves by 2x between 4-round runs).
const ROUNDS = countArg('rounds', QUICK ? 1 : 4);
// Quick (CI) runs our server with every guarantee taken out too, so the ablation stubs stay in use.
const KINDS = kindsFromArgs(QUICK ? ['avaa', 'avaa-bare', 'reference'] : ['avaa', 'reference']);
/**
 * `--workers=N`: the simulated people are spread over N generator processes (two workshops each
 * by default). With all 200 in one process, the generator's own collector pauses (8-40 ms, every
 * 0.5-1 s) were the p99 of both servers: on 8 Dec the slow deliveries fell inside pauses of the
 * generator, not of the server (docs/performance.md, "The tail was the load generator's pauses").
 */
const WORKERS = countArg('workers', Math.ceil(WORKSHOPS / 2));
const timing = QUICK ? { warmupMs: 1000, measureMs: 3000 } : { warmupMs: 4000, measureMs: 10_000 };

const servers: { server: ServerProcess; plans: RoomPlan[]; results: LoadResult[] }[] = [];
/**
 * Only the measured server runs during a round; the others are stopped (SIGSTOP) and go on after
 * it. An idle server still works by itself (V8 collects after its round, timers fire), and that
 * work took the measured server's core: a scheduler trace of a run with both servers on one core
 * (7 Dec) had our main thread waiting 1-10 ms for the core 52 times, mostly behind the idle
 * reference's collector threads and main thread.
 */
const runOnly = (running: ServerProcess | null) => {
  for (const { server } of servers) {
    try {
      process.kill(server.pid, running && server !== running ? 'SIGSTOP' : 'SIGCONT');
    } catch {
      // It has exited: its stop() says so.
    }
  }
};
try {
  for (const kind of KINDS) {
    const server = await startServerProcess(kind);
    servers.push({ server, plans: await planRooms(server, WORKSHOPS, PEOPLE), results: [] });
  }
  for (let index = 0; index < ROUNDS; index++) {
    for (let turn = 0; turn < servers.length; turn++) {
      const entry = servers[(index + turn) % servers.length];
      if (!entry) continue;
      runOnly(entry.server);
      entry.results.push(await runLoad(entry.server, entry.plans, { profile: 'mix', workers: WORKERS, ...timing }));
    }
  }
} finally {
  runOnly(null);
  for (const { server } of servers) await server.stop();
}

const mean = (values: readonly number[]) => round(values.reduce((sum, value) => sum + value, 0) / values.length, 2);
const pooled = servers.map(({ server, results }) => {
  const latency = percentiles(pool(results.map((result) => result.histogram)));
  const cpu = mean(results.map((result) => result.serverCpu));
  const edits = mean(results.map((result) => result.editsPerSec));
  return { kind: server.kind, latency, cpu, edits, results };
});
const rows = pooled.map(({ kind, latency, cpu, edits, results }) => ({
  server: kind,
  clients: `${WORKSHOPS}x${PEOPLE}`,
  rounds: results.length,
  'p50 ms': latency.p50,
  'p95 ms': latency.p95,
  'p99 ms': latency.p99,
  'max ms': latency.max,
  'p99 per round': results.map((result) => result.latency.p99).join(' / '),
  delivered: latency.delivered,
  'edits/s': edits,
  'in msg/s': mean(results.map((result) => result.serverInMsgsPerSec)),
  'out msg/s': mean(results.map((result) => result.serverOutMsgsPerSec)),
  'out KB/s': mean(results.map((result) => result.serverOutKBPerSec)),
  'server CPU': cpu,
  'RSS MiB': Math.max(...results.map((result) => result.serverRssMiB)),
  'gen CPU': mean(results.map((result) => result.generatorCpu)),
  // The generators' event-loop delay (worst process, worst round): a stalled generator adds its
  // stall to every delivery it was to time.
  'gen lag p99 ms': Math.max(...results.map((result) => result.generatorLoopP99Ms)),
  'other CPU': mean(results.map((result) => result.otherCpu)),
}));
const reference = pooled.find((entry) => entry.kind === 'reference');
const ratios = pooled
  .filter((entry) => reference && entry !== reference)
  .map((entry) => ({
    server: entry.kind,
    'p99 ratio': round(entry.latency.p99 / (reference?.latency.p99 ?? Number.NaN), 2),
    'p50 ratio': round(entry.latency.p50 / (reference?.latency.p50 ?? Number.NaN), 2),
    'CPU ratio': round(entry.cpu / (reference?.cpu ?? Number.NaN), 2),
    'CPU per edit ratio': round(
      entry.cpu / entry.edits / ((reference?.cpu ?? Number.NaN) / (reference?.edits ?? 1)),
      2,
    ),
  }));
report('syncCompare', rows, { ratios, runs: pooled.flatMap((entry) => entry.results) });
console.table(ratios);
