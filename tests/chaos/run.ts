/**
 * The chaos run: `npx node tests/chaos/run.ts [--quick] [--seed N] [--minutes M]`. Prints a table
 * and writes bench/results/chaos.json. Exits 1 if an acknowledged edit was lost or an edit is
 * missing after the clients resynced. The CI runs the quick mode as tests/integration/chaos.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type ChaosOptions, runChaos } from './chaos.ts';

const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, seed: { type: 'string' }, minutes: { type: 'string' } },
});
const quick = values.quick === true;
const FULL: ChaosOptions = {
  clients: 30,
  workshops: 5,
  editsPerSecond: 2,
  durationMs: Number(values.minutes ?? 3) * 60_000,
  killEveryMs: [10_000, 30_000],
  downMs: [300, 2_000],
  seed: Number(values.seed ?? 1),
};
const options: ChaosOptions = quick ? { ...FULL, durationMs: 20_000, killEveryMs: [3_000, 6_000], workshops: 3 } : FULL;

// Each y-websocket provider adds a process 'exit' listener: 30 clients are not a leak.
process.setMaxListeners(100);
const report = await runChaos(options, (line) => console.log(line));
console.table([report]);
mkdirSync(new URL('../../bench/results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../../bench/results/chaos.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), options, report }, null, 2)}\n`,
);
process.exit(report.acknowledgedLost === 0 && report.lostAfterResync === 0 ? 0 : 1);
