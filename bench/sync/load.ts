import { type ChildProcess, fork } from 'node:child_process';
import {
  BUCKET_MS,
  BUCKETS,
  type FromWorker,
  type Profile,
  type RoomPlan,
  type ToWorker,
  type WorkerReport,
} from './loadTypes.ts';
import { CpuMeter, MachineCpuMeter, rssMiB, type ServerProcess } from './serverProcess.ts';

export type LoadOptions = {
  readonly profile: Profile;
  readonly warmupMs: number;
  readonly measureMs: number;
  /** Generator processes; the rooms are split between them (a room stays in one process). */
  readonly workers: number;
  /** Drag pointer updates per second in presence while a note is dragged. */
  readonly dragHz?: number;
  /** Pause between one person's actions (default 3-12 s). */
  readonly pauseMs?: readonly [number, number];
  /** Each person's first action comes at a random time within this (default: the warm-up, at most 8 s). */
  readonly startSpreadMs?: number;
  /** Also measure the server's memory this long after every client left (rooms unload after 2 s). */
  readonly afterLeaveMs?: number;
};

export type LoadResult = {
  readonly server: ServerProcess['kind'];
  readonly rooms: number;
  readonly clients: number;
  readonly failedToSync: number;
  readonly seconds: number;
  readonly latency: { p50: number; p95: number; p99: number; max: number; samples: number; delivered: number };
  readonly editsPerSec: number;
  readonly movesPerSec: number;
  readonly presencePerSec: number;
  /** Frames and bytes the server received (clients sent) and sent (clients received), per second. */
  readonly serverInMsgsPerSec: number;
  readonly serverInKBPerSec: number;
  readonly serverOutMsgsPerSec: number;
  readonly serverOutKBPerSec: number;
  /** Server CPU in cores (1 = one core busy) over the window; RSS at its end. */
  readonly serverCpu: number;
  readonly serverRssMiB: number;
  readonly serverRssBeforeMiB: number;
  readonly serverRssAfterLeaveMiB: number | undefined;
  /** Every generator process together, in cores, and its worst event-loop delay p99. */
  readonly generatorCpu: number;
  readonly generatorLoopP99Ms: number;
  /** Cores other processes of the machine used meanwhile (other work sharing the 2 cores). */
  readonly otherCpu: number;
  readonly closes: Record<string, number>;
  /** The raw samples, for pooling several windows (left out of the JSON files). */
  readonly histogram: Histogram;
};

type Worker = {
  readonly child: ChildProcess;
  next<T extends FromWorker['type']>(type: T): Promise<FromWorker & { type: T }>;
};

function spawnWorker(): Worker {
  const child = fork(new URL('./worker.ts', import.meta.url), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    child,
    next: (type) =>
      new Promise((resolve, reject) => {
        const onMessage = (message: FromWorker) => {
          if (message.type !== type) return;
          child.off('message', onMessage);
          child.off('exit', onExit);
          resolve(message as never);
        };
        const onExit = () => reject(new Error(`generator exited waiting for ${type}`));
        child.on('message', onMessage);
        child.once('exit', onExit);
      }),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Drives `plans` against `server` with real y-websocket clients and measures one window. */
export async function runLoad(
  server: ServerProcess,
  plans: readonly RoomPlan[],
  options: LoadOptions,
): Promise<LoadResult> {
  const count = Math.max(1, Math.min(options.workers, plans.length));
  const workers = Array.from({ length: count }, spawnWorker);
  const rssBefore = rssMiB(server.pid);
  const connected = workers.map((worker) => worker.next('connected'));
  workers.forEach((worker, index) => {
    const rooms = plans.filter((_, room) => room % count === index);
    const config = {
      rooms,
      profile: options.profile,
      dragHz: options.dragHz ?? 10,
      startSpreadMs: options.startSpreadMs ?? Math.min(8000, options.warmupMs),
      pauseMs: options.pauseMs ?? [3000, 12_000],
    };
    worker.child.send({ type: 'start', config } satisfies ToWorker);
  });
  const failed = (await Promise.all(connected)).reduce((sum, message) => sum + message.failed, 0);
  await sleep(options.warmupMs);
  for (const worker of workers) worker.child.send({ type: 'measure' } satisfies ToWorker);
  const serverCpu = new CpuMeter(server.pid);
  const generatorCpu = workers.map((worker) => new CpuMeter(worker.child.pid ?? 0));
  const machineCpu = new MachineCpuMeter();
  await sleep(options.measureMs);
  const reports = await Promise.all(
    workers.map((worker) => {
      const next = worker.next('report');
      worker.child.send({ type: 'report' } satisfies ToWorker);
      return next;
    }),
  );
  const cpu = serverCpu.read();
  const generator = generatorCpu.reduce((sum, meter) => sum + meter.read(), 0);
  const machine = machineCpu.read();
  const rss = rssMiB(server.pid);
  await Promise.all(
    workers.map((worker) => {
      const next = worker.next('left');
      worker.child.send({ type: 'leave' } satisfies ToWorker);
      return next;
    }),
  );
  let rssAfterLeave: number | undefined;
  if (options.afterLeaveMs !== undefined) {
    await sleep(options.afterLeaveMs);
    rssAfterLeave = rssMiB(server.pid);
  }
  return summarise(
    server,
    plans,
    reports.map((message) => message.report),
    {
      failed,
      cpu,
      generator,
      others: machine - cpu - generator,
      rss,
      rssBefore,
      rssAfterLeave,
    },
  );
}

type Measured = {
  failed: number;
  cpu: number;
  generator: number;
  others: number;
  rss: number;
  rssBefore: number;
  rssAfterLeave: number | undefined;
};

function summarise(
  server: ServerProcess,
  plans: readonly RoomPlan[],
  reports: WorkerReport[],
  measured: Measured,
): LoadResult {
  const seconds = Math.max(...reports.map((report) => report.seconds));
  const sum = (key: keyof WorkerReport) => reports.reduce((total, report) => total + (report[key] as number), 0);
  const perSec = (key: keyof WorkerReport) => round(sum(key) / seconds, 1);
  const histogram = pool(reports);
  const closes: Record<string, number> = {};
  for (const report of reports) {
    for (const [code, n] of Object.entries(report.closes)) closes[code] = (closes[code] ?? 0) + n;
  }
  return {
    server: server.kind,
    rooms: plans.length,
    clients: sum('clients'),
    failedToSync: measured.failed,
    seconds: round(seconds, 1),
    latency: percentiles(histogram),
    histogram,
    editsPerSec: perSec('edits'),
    movesPerSec: perSec('moves'),
    presencePerSec: perSec('presenceSent'),
    serverInMsgsPerSec: perSec('messagesOut'),
    serverInKBPerSec: round(sum('bytesOut') / 1024 / seconds, 1),
    serverOutMsgsPerSec: perSec('messagesIn'),
    serverOutKBPerSec: round(sum('bytesIn') / 1024 / seconds, 1),
    serverCpu: round(measured.cpu, 3),
    serverRssMiB: round(measured.rss, 1),
    serverRssBeforeMiB: round(measured.rssBefore, 1),
    serverRssAfterLeaveMiB: measured.rssAfterLeave === undefined ? undefined : round(measured.rssAfterLeave, 1),
    generatorCpu: round(measured.generator, 2),
    otherCpu: round(Math.max(0, measured.others), 2),
    generatorLoopP99Ms: round(Math.max(...reports.map((report) => report.loopDelayP99Ms)), 1),
    closes,
  };
}

/** Latency samples of a window (or several pooled): a histogram and the rare longer ones. */
export type Histogram = { readonly buckets: number[]; readonly overflow: number[]; readonly expected: number };

export function pool(histograms: readonly Histogram[]): Histogram {
  const buckets = new Array<number>(BUCKETS).fill(0);
  for (const histogram of histograms) {
    histogram.buckets.forEach((n, index) => {
      buckets[index] = (buckets[index] ?? 0) + n;
    });
  }
  return {
    buckets,
    overflow: histograms.flatMap((histogram) => histogram.overflow).sort((a, b) => a - b),
    expected: histograms.reduce((sum, histogram) => sum + histogram.expected, 0),
  };
}

export function percentiles({ buckets, overflow, expected }: Histogram): LoadResult['latency'] {
  const samples = buckets.reduce((sum, n) => sum + n, 0) + overflow.length;
  const at = (share: number): number => {
    if (samples === 0) return Number.NaN;
    const rank = Math.ceil(share * samples);
    let seen = 0;
    for (let index = 0; index < buckets.length; index++) {
      seen += buckets[index] ?? 0;
      if (seen >= rank) return round((index + 1) * BUCKET_MS, 1);
    }
    return round(overflow[rank - seen - 1] ?? Number.NaN, 1);
  };
  const lastBucket = buckets.findLastIndex((n) => n > 0);
  const max = overflow.at(-1) ?? (lastBucket + 1) * BUCKET_MS;
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: round(max, 1),
    samples,
    delivered: expected === 0 ? Number.NaN : round(samples / expected, 3),
  };
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
