/**
 * What metrics cost on the sync path and per scrape: `npx node bench/metrics.ts`. Times, per call,
 * the plain counters the sync path adds to (SyncMetrics), prom-client's pre-bound child counter
 * and its histogram's observe (what the apply histogram costs per applied update), and a scrape.
 */
import { Counter, Histogram, Registry } from 'prom-client';
import { createMetrics } from '../server/src/metrics/metrics.ts';

const CALLS = 2_000_000;

function nsPerCall(run: () => void): number {
  for (let i = 0; i < 100_000; i++) run();
  const started = process.hrtime.bigint();
  for (let i = 0; i < CALLS; i++) run();
  return Number(process.hrtime.bigint() - started) / CALLS;
}

const metrics = createMetrics('sqlite');
metrics.watch({
  rooms: () => ['k3m9x2p7qa/plenary', 'k3m9x2p7qa/workshop'],
  sockets: () => ({ board: 10, workshop: 10, private: 0, admitting: 0 }),
});
const registers = [new Registry()];
const child = new Counter({ name: 'bench_child_total', help: 'h', labelNames: ['code'], registers }).labels('x');
const histogram = new Histogram({ name: 'bench_seconds', help: 'h', registers });

const rows = [
  {
    what: 'SyncMetrics.received + sent (plain numbers)',
    ns: nsPerCall(() => {
      metrics.sync.received(120);
      metrics.sync.sent(120);
    }),
  },
  { what: 'prom-client child counter inc (pre-bound labels)', ns: nsPerCall(() => child.inc()) },
  { what: 'SyncMetrics.closed (a refusal, by close code name)', ns: nsPerCall(() => metrics.sync.closed(4529)) },
  { what: 'prom-client histogram observe (no labels)', ns: nsPerCall(() => histogram.observe(0.0004)) },
  {
    what: 'SyncMetrics.applied (the apply histogram: BucketHistogram)',
    ns: nsPerCall(() => metrics.sync.applied(0.4)),
  },
];
const started = performance.now();
const text = await metrics.registry.metrics();
const scrapeMs = performance.now() - started;
metrics.close();
for (const row of rows) row.ns = Math.round(row.ns);
console.log(JSON.stringify({ rows, scrape: { ms: Math.round(scrapeMs * 10) / 10, bytes: text.length } }, null, 2));
