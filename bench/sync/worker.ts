/**
 * A load-generator process (forked by load.ts): drives the clients of the rooms it is given and
 * reports counters and latencies over the measuring window. Latency is measured inside this
 * process, from the sending client's edit to another client's applying it, on one clock.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FromWorker, ToWorker, WorkerConfig, WorkerReport } from './loadTypes.ts';
import { meter } from './meter.ts';
import { RoomProbe, SimClient } from './simClient.ts';

// Every y-websocket provider adds a process 'exit' listener.
process.setMaxListeners(0);
const clients: SimClient[] = [];
const probes: RoomProbe[] = [];
// Its timer fires every LOOP_TIMER_MS: a sample of that length is no delay (subtracted below).
const LOOP_TIMER_MS = 10;
const loopDelay = monitorEventLoopDelay({ resolution: LOOP_TIMER_MS });
let measuredFrom = performance.now();

function send(message: FromWorker): void {
  process.send?.(message);
}

async function start(config: WorkerConfig): Promise<void> {
  const pending: Promise<boolean>[] = [];
  let failed = 0;
  for (const plan of config.rooms) {
    const probe = new RoomProbe(plan.people.length);
    probes.push(probe);
    for (let index = 0; index < plan.people.length; index++) {
      const client = new SimClient(plan, index, probe);
      clients.push(client);
      pending.push(client.synced(60_000));
      // Connect in waves, as people arrive, rather than thousands of handshakes in one tick.
      if (pending.length % 25 === 0) failed += (await Promise.all(pending.splice(0))).filter((ok) => !ok).length;
    }
  }
  failed += (await Promise.all(pending)).filter((ok) => !ok).length;
  setInterval(() => {
    for (const probe of probes) probe.sweep();
  }, 5000).unref();
  for (const client of clients) void client.run(config.profile, config.dragHz, config.startSpreadMs, config.pauseMs);
  loopDelay.enable();
  send({ type: 'connected', failed });
}

function report(): WorkerReport {
  return {
    clients: clients.length,
    buckets: meter.buckets,
    overflow: meter.overflow,
    expected: meter.expected,
    edits: meter.edits,
    moves: meter.moves,
    presenceSent: meter.presenceSent,
    messagesIn: meter.messagesIn,
    bytesIn: meter.bytesIn,
    messagesOut: meter.messagesOut,
    bytesOut: meter.bytesOut,
    closes: meter.closes,
    loopDelayP99Ms: Math.max(0, loopDelay.percentile(99) / 1e6 - LOOP_TIMER_MS),
    seconds: (performance.now() - measuredFrom) / 1000,
  };
}

process.on('message', (message: ToWorker) => {
  if (message.type === 'start') void start(message.config);
  else if (message.type === 'measure') {
    meter.reset();
    loopDelay.reset();
    measuredFrom = performance.now();
  } else if (message.type === 'report') send({ type: 'report', report: report() });
  else if (message.type === 'leave') {
    for (const client of clients.splice(0)) client.stop();
    setTimeout(() => {
      send({ type: 'left' });
      process.exit(0);
    }, 200);
  }
});
