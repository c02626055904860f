import { spawn } from 'node:child_process';
import { once } from 'node:events';

/**
 * Asks `GET /healthz` every 50 ms (one request at a time) from a process of its own, so that
 * the test's own work (building and sending an attack) is not counted, and keeps the slowest
 * answer: what a load balancer or a client sees while an attack runs. A request still waiting
 * when the probe stops counts with its time so far.
 */
const PROBE = `
let worst = 0, pendingSince, running = true;
process.stdin.on('data', () => {
  process.stdout.write('|' + Math.round(worst) + '|');
  worst = 0;
});
process.stdin.on('end', () => {
  running = false;
  const open = pendingSince === undefined ? 0 : performance.now() - pendingSince;
  process.stdout.write(String(Math.round(Math.max(worst, open))));
  process.exit(0);
});
process.stdin.resume();
(async () => {
  while (running) {
    pendingSince = performance.now();
    await (await fetch(process.argv[1] + '/healthz')).arrayBuffer();
    worst = Math.max(worst, performance.now() - pendingSince);
    pendingSince = undefined;
    if (!running) break;
    process.stdout.write('.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
})();
`;

/** How long the quiet probe runs before the attack: what the machine's own load costs /healthz. */
const BASELINE_MS = 1000;

/**
 * Runs `attack` while probing `/healthz`; returns the attack's result, the slowest answer during
 * it, and the slowest in the quiet second before (a loaded test machine answers slowly anyway).
 */
export async function whileProbing<T>(
  url: string,
  attack: () => Promise<T>,
): Promise<{ result: T; worstMs: number; baselineMs: number }> {
  const probe = spawn(process.execPath, ['-e', PROBE, url], { stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  probe.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  // The first answer sets the connection up: not counted.
  while (!output.includes('.')) await once(probe.stdout, 'data');
  probe.stdin.write('\n');
  await new Promise((resolve) => setTimeout(resolve, BASELINE_MS));
  probe.stdin.write('\n');
  while ((output.match(/\|\d+\|/g) ?? []).length < 2) await once(probe.stdout, 'data');
  const result = await attack();
  probe.stdin.end();
  await once(probe, 'exit');
  const [, baseline, worst] = /\|(\d+)\|[.]*(\d+)$/.exec(output) ?? [];
  return { result, worstMs: Number(worst), baselineMs: Number(baseline) };
}
