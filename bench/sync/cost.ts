/**
 * Where each server spends its CPU under the compare load (20 workshops x 10 people, the busy
 * mix): `npx node bench/sync/cost.ts [--quick] [avaa|avaa-nosync|reference ...]`. Unlike the wall-clock figures
 * of compare.ts, the figures here hold on a loaded machine: CPU seconds the server used per
 * 1,000 edits (utime + stime, so time waiting for the disk or for a core does not count), and,
 * when `perf` can sample this machine, the functions the server was on a core in (on-CPU samples
 * of `perf record -e cpu-clock` over the measuring window, JavaScript named through Node's
 * `--perf-basic-prof`), grouped by what they do. Writes bench/results/syncCost.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUICK, report } from '../report.ts';
import { round, runLoad } from './load.ts';
import { kindsFromArgs, type ServerKind, startServerProcess } from './serverProcess.ts';
import { planRooms } from './setup.ts';

const WORKSHOPS = QUICK ? 3 : 20;
const PEOPLE = QUICK ? 5 : 10;
const timing = QUICK ? { warmupMs: 1000, measureMs: 4000 } : { warmupMs: 4000, measureMs: 30_000 };
const kinds = kindsFromArgs(['avaa', 'reference']);
const TOP = 40;

/** What a symbol is part of, by its name or its file: the first that matches. */
const CATEGORIES: readonly (readonly [string, RegExp])[] = [
  ['sqlite (commits, fsync)', /sqlite|libsqlite|\bfsync|fdatasync|ext4|jbd2|blk_|submit_bio/i],
  [
    'rights and limits (server/src/auth, sync checks)',
    /server\/src\/(auth|sync\/(clientIds|noteLimit|pathLimits|frameGuard|ownership|presence))/,
  ],
  ['board-model rules', /board-model/],
  ['yjs', /yjs\.mjs|lib0/],
  ['presence (y-protocols)', /y-protocols/],
  ['ws', /node_modules\/ws\//],
  ['server/src other', /server\/src\//],
  ['reference server code', /@y\/websocket-server/],
  ['garbage collection', /Scavenge|MarkCompact|Heap::|GCTracer|Sweeper|Evacuat|Marking|ConcurrentMark/],
  [
    'kernel (sockets, syscalls)',
    /\[k\]|tcp_|sock_|__x64_sys|entry_SYSCALL|do_syscall|copy_user|skb|ip_|__netif|epoll|futex/,
  ],
  ['JavaScript, compiled (JIT code)', /\[JIT\]|perf-\d+\.map|^JS:|LazyCompile|Function:/],
  ['V8 interpreter, inline caches and builtins', /Builtins_/],
  ['node and V8 runtime', /node:|v8::|node::|libuv|uv_/],
  ['malloc', /libc\.so.*(malloc|free|_int_)/],
];

const hasPerf = spawnSync('perf', ['--version']).status === 0;
process.env.BENCH_SERVER_NODE_ARGS ??= hasPerf ? '--perf-basic-prof' : '';

const rows: Record<string, unknown>[] = [];
const tops: Record<string, unknown>[] = [];
for (const kind of kinds) {
  const server = await startServerProcess(kind);
  try {
    const plans = await planRooms(server, WORKSHOPS, PEOPLE);
    const data = join(tmpdir(), `avaa-cost-${kind}-${process.pid}.perf`);
    // Recording starts once the clients have connected and warmed up, and ends before the window does.
    const recording = hasPerf
      ? recordLater(server.pid, data, timing.warmupMs + 3000, timing.measureMs - 4000)
      : undefined;
    const result = await runLoad(server, plans, { profile: 'mix', workers: 1, ...timing });
    await recording;
    const cpuSeconds = result.serverCpu * result.seconds;
    const edits = result.editsPerSec * result.seconds;
    rows.push({
      server: kind,
      clients: `${WORKSHOPS}x${PEOPLE}`,
      seconds: result.seconds,
      'edits/s': result.editsPerSec,
      'in msg/s': result.serverInMsgsPerSec,
      'out msg/s': result.serverOutMsgsPerSec,
      'server CPU': result.serverCpu,
      'CPU ms per edit': round((cpuSeconds * 1000) / edits, 3),
      'other CPU': result.otherCpu,
    });
    if (hasPerf) tops.push(...summarisePerf(kind, data));
    rmSync(data, { force: true });
    // Node's --perf-basic-prof writes the JIT symbol map here, whatever TMPDIR says.
    rmSync(`/tmp/perf-${server.pid}.map`, { force: true });
  } finally {
    await server.stop();
  }
}
report('syncCost', rows, { top: tops });
const reference = rows.find((row) => row.server === 'reference');
for (const row of rows) {
  if (!reference || row === reference) continue;
  const ratio = round(Number(row['CPU ms per edit']) / Number(reference['CPU ms per edit']), 2);
  console.log(`CPU per edit, ${row.server} / reference: ${ratio}`);
}

function recordLater(pid: number, data: string, afterMs: number, forMs: number): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(() => {
      const seconds = String(Math.max(1, forMs / 1000));
      const perf = spawn(
        'perf',
        ['record', '-q', '-e', 'cpu-clock', '-F', '999', '-o', data, '-p', String(pid), '--', 'sleep', seconds],
        {
          stdio: 'ignore',
        },
      );
      perf.once('exit', () => resolve());
    }, afterMs);
  });
}

/** perf's self samples per symbol: the top entries and the share of each category. */
function summarisePerf(kind: ServerKind, data: string): Record<string, unknown>[] {
  const out = spawnSync('perf', ['report', '-i', data, '--stdio', '--no-children', '--sort', 'dso,sym'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).stdout;
  const entries = out
    .split('\n')
    .map((line) => /^\s+([\d.]+)%\s+(.+?)\s+\[(.)\]\s+(.*)$/.exec(line))
    .flatMap((match) =>
      match ? [{ share: Number(match[1]), dso: match[2] ?? '', symbol: `[${match[3]}] ${match[4]?.trim()}` }] : [],
    );
  const shares = new Map<string, number>();
  for (const { share, dso, symbol } of entries) {
    const text = `${dso} ${symbol}`;
    const category = CATEGORIES.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
    shares.set(category, (shares.get(category) ?? 0) + share);
  }
  console.log(`\n${kind}: on-CPU share by category`);
  console.table(
    [...shares].sort((a, b) => b[1] - a[1]).map(([category, share]) => ({ category, '%': round(share, 1) })),
  );
  const top = entries
    .slice(0, TOP)
    .map(({ share, dso, symbol }) => ({ server: kind, '%': share, dso, symbol: symbol.slice(0, 110) }));
  console.log(`${kind}: top ${TOP} symbols (self)`);
  console.table(top);
  return top;
}
