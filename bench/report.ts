import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** `--quick`: small sizes, for CI (checks only that each script runs and writes its JSON). */
export const QUICK = process.argv.includes('--quick');

/** Prints the table and writes bench/results/<name>.json with the machine it ran on. */
export function report(name: string, rows: readonly object[], extra: Record<string, unknown> = {}): void {
  console.log(`\n${name}${QUICK ? ' (quick)' : ''}`);
  console.table(rows);
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  // The load average tells whether other work shared the machine during the run.
  const machine = {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    loadavg: loadavg(),
  };
  const body = { date: new Date().toISOString(), quick: QUICK, machine, rows, ...extra };
  // Raw latency histograms are for pooling in memory only.
  const json = JSON.stringify(body, (key, value: unknown) => (key === 'histogram' ? undefined : value), 2);
  writeFileSync(new URL(`./results/${name}.json`, import.meta.url), `${json}\n`);
}
