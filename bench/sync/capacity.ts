/**
 * Capacity: ramps workshops x 10 clients on our server until edit-to-other-client p99 passes
 * 100 ms, then the memory of idle workshops: `npx node bench/sync/capacity.ts [--quick]`.
 * Writes bench/results/syncCapacity.json.
 */
import { QUICK, report } from '../report.ts';
import { type LoadOptions, type LoadResult, round, runLoad } from './load.ts';
import { rssMiB, type ServerKind, startServerProcess } from './serverProcess.ts';
import { planRooms } from './setup.ts';

const PEOPLE = QUICK ? 3 : 10;
const LEVELS = QUICK ? [2] : [10, 25, 50, 100, 200, 300];
// Rooms unload 2 s after their last client left.
const AFTER_LEAVE_MS = 2500;
const P99_LIMIT_MS = 100;
const timing = QUICK ? { warmupMs: 1000, measureMs: 2000 } : { warmupMs: 5000, measureMs: 12_000 };

/**
 * Two mixes of the same actions. Busy: everyone acts every 3-12 s (a brainstorm at its peak,
 * about 1.4 changes per person per second). Workshop: a pause of 20-60 s between actions, a
 * person writing a note or moving one about every 45 s, as in a group's working phase; first
 * actions are spread over a whole pause so the window sees the steady state.
 */
const MIXES = {
  busy: {},
  // Quick mode's windows of 2 s would see nobody act with real pauses.
  workshop: QUICK ? { pauseMs: [500, 1500], startSpreadMs: 500 } : { pauseMs: [20_000, 60_000], startSpreadMs: 60_000 },
} as const satisfies Record<string, Partial<LoadOptions>>;
type Mix = keyof typeof MIXES;

function row({ mix, result }: { mix: Mix; result: LoadResult }) {
  return {
    server: result.server,
    mix,
    level: `${result.rooms}x${PEOPLE}`,
    clients: result.clients,
    failed: result.failedToSync,
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    delivered: result.latency.delivered,
    'edits/s': result.editsPerSec,
    'out msg/s': result.serverOutMsgsPerSec,
    'server CPU': result.serverCpu,
    'RSS MiB': result.serverRssMiB,
    'gen CPU': result.generatorCpu,
    'other CPU': result.otherCpu,
    'gen lag p99': result.generatorLoopP99Ms,
    closes: JSON.stringify(result.closes),
  };
}

/** Levels in order on one server until p99 passes the limit (that level is reported too). */
async function ramp(kind: ServerKind, mix: Mix): Promise<LoadResult[]> {
  const server = await startServerProcess(kind);
  const results: LoadResult[] = [];
  try {
    const plans = [];
    for (const level of LEVELS) {
      plans.push(...(await planRooms(server, level - plans.length, PEOPLE, plans.length)));
      const result = await runLoad(server, plans, {
        profile: 'mix',
        ...MIXES[mix],
        workers: 2,
        afterLeaveMs: AFTER_LEAVE_MS,
        ...timing,
      });
      results.push(result);
      console.log(`${kind} ${mix} ${level}x${PEOPLE}: p99 ${result.latency.p99} ms, server CPU ${result.serverCpu}`);
      if (!(result.latency.p99 <= P99_LIMIT_MS)) break;
    }
  } finally {
    await server.stop();
  }
  return results;
}

/** RSS per idle workshop: rooms open with clients connected and silent, then after they left. */
async function idleMemory(kind: ServerKind) {
  const workshops = QUICK ? 3 : 100;
  const server = await startServerProcess(kind);
  try {
    const plans = await planRooms(server, workshops, PEOPLE);
    const baseline = rssMiB(server.pid);
    const result = await runLoad(server, plans, {
      profile: 'idle',
      workers: 1,
      warmupMs: QUICK ? 500 : 3000,
      measureMs: QUICK ? 500 : 2000,
      afterLeaveMs: QUICK ? AFTER_LEAVE_MS : 5000,
    });
    const perWorkshop = (rss: number | undefined) => round((((rss ?? baseline) - baseline) * 1024) / workshops, 0);
    return {
      server: kind,
      workshops,
      clients: result.clients,
      'baseline MiB': round(baseline, 1),
      'connected MiB': result.serverRssMiB,
      'KiB/workshop connected': perWorkshop(result.serverRssMiB),
      'after leave MiB': result.serverRssAfterLeaveMiB,
      'KiB/workshop after leave': perWorkshop(result.serverRssAfterLeaveMiB),
    };
  } finally {
    await server.stop();
  }
}

const lastUnder = (results: LoadResult[]) => results.filter((result) => result.latency.p99 <= P99_LIMIT_MS).at(-1);
const ramps: { kind: ServerKind; mix: Mix; results: LoadResult[] }[] = [];
for (const mix of Object.keys(MIXES) as Mix[]) {
  for (const kind of ['avaa', 'reference'] as const) ramps.push({ kind, mix, results: await ramp(kind, mix) });
}
const idle = [await idleMemory('avaa'), await idleMemory('reference')];
const reached = ramps.map(({ kind, mix, results }) => {
  const under = lastUnder(results);
  return {
    server: kind,
    mix,
    'last level under 100 ms p99': under ? `${under.rooms}x${PEOPLE}` : 'none',
    clients: under?.clients ?? 0,
    'server CPU there': under?.serverCpu ?? null,
    'first level over': results.find((result) => !(result.latency.p99 <= P99_LIMIT_MS))?.rooms ?? 'none reached',
  };
});
const rows = ramps.flatMap(({ mix, results }) => results.map((result) => ({ mix, result })));
report('syncCapacity', rows.map(row), {
  p99LimitMs: P99_LIMIT_MS,
  reached,
  idle,
  results: rows,
});
console.table(reached);
console.table(idle);
