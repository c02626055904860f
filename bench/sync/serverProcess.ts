import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Linux clock ticks per second (`getconf CLK_TCK`), the unit of utime and stime. */
const CLOCK_TICKS = 100;

/**
 * Our server with guarantees taken away, to price them (ablated/hooks.ts): `avaa-nosync` without
 * the WAL's fdatasync after each commit (what "saved means on the disk" costs), `avaa-nochecks`
 * without the write checks, `avaa-nostore` with rooms' changes kept in memory instead of SQLite,
 * `avaa-bare` without any of these, nor presence's stamps and claims, nor the limits on what
 * clients send.
 */
export type ServerKind = 'avaa' | 'avaa-nosync' | 'avaa-nochecks' | 'avaa-nostore' | 'avaa-bare' | 'reference';
export const SERVER_KINDS: readonly ServerKind[] = [
  'avaa',
  'avaa-nosync',
  'avaa-nochecks',
  'avaa-nostore',
  'avaa-bare',
  'reference',
];

/** The kinds named on the command line, else `defaults`. */
export function kindsFromArgs(defaults: readonly ServerKind[]): readonly ServerKind[] {
  const named = SERVER_KINDS.filter((kind) => process.argv.includes(kind));
  return named.length > 0 ? named : defaults;
}

/** A server under test in its own process, so its CPU and memory are measured alone. */
export type ServerProcess = {
  readonly kind: ServerKind;
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
};

const SCRIPTS: Record<ServerKind, string> = {
  avaa: 'bench/sync/avaaServer.ts',
  'avaa-nosync': 'bench/sync/avaaServer.ts',
  'avaa-nochecks': 'bench/sync/avaaServer.ts',
  'avaa-nostore': 'bench/sync/avaaServer.ts',
  'avaa-bare': 'bench/sync/avaaServer.ts',
  reference: 'bench/sync/referenceServer.ts',
};
const ABLATIONS: Partial<Record<ServerKind, string>> = {
  'avaa-nosync': 'sync',
  'avaa-nochecks': 'checks',
  'avaa-nostore': 'sync,store',
  'avaa-bare': 'sync,store,checks,presence,limits',
};

export async function startServerProcess(kind: ServerKind, maxActiveWorkshops = 1000): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'avaa-bench-'));
  // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server alone.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  // BENCH_SERVER_WRAPPER (e.g. "valgrind --tool=callgrind") runs the server under another program.
  const [command = process.execPath, ...wrapperArgs] = [
    ...(process.env.BENCH_SERVER_WRAPPER?.split(' ').filter(Boolean) ?? []),
    process.execPath,
  ];
  const child = spawn(command, [...wrapperArgs, ...nodeArgs, SCRIPTS[kind]], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      AVAA_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      BENCH_MAX_ACTIVE_WORKSHOPS: String(maxActiveWorkshops),
      // The capacity ramp creates up to 300 workshops from one address (the default allows 300 an hour).
      WORKSHOP_CREATIONS_PER_HOUR: '100000',
      // Each workshop joins from its own venue address (setup.ts), as people do.
      TRUST_PROXY: '1',
      BENCH_ABLATE: ABLATIONS[kind] ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    // Only errors matter to the report; info lines (compactions) are dropped.
    for (const line of chunk.toString('utf8').split('\n')) if (line.includes('"error"')) errors += `${line}\n`;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const line = await firstLine(child, exited);
  const { url } = JSON.parse(line) as { url: string };
  if (child.pid === undefined) throw new Error('no pid');
  return {
    kind,
    url,
    pid: child.pid,
    async stop() {
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timeout);
      rmSync(dataDir, { recursive: true, force: true });
      if (errors) process.stderr.write(`${kind} server errors:\n${errors.slice(0, 2000)}\n`);
    },
  };
}

function firstLine(child: ChildProcess, exited: Promise<void>): Promise<string> {
  if (!child.stdout) throw new Error('no stdout');
  const lines = createInterface({ input: child.stdout });
  return new Promise((resolve, reject) => {
    lines.once('line', resolve);
    void exited.then(() => reject(new Error('server exited before listening')));
  });
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Resident memory in MiB. */
export function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** CPU use of a process over a window, as a share of one core (1.0 = one core busy). */
export class CpuMeter {
  readonly #pid: number;
  #cpu: number;
  #at: number;
  constructor(pid: number) {
    this.#pid = pid;
    this.#cpu = cpuSeconds(pid);
    this.#at = performance.now();
  }
  /** Cores used since construction (or the last call). */
  read(): number {
    const cpu = cpuSeconds(this.#pid);
    const at = performance.now();
    const cores = (cpu - this.#cpu) / ((at - this.#at) / 1000);
    this.#cpu = cpu;
    this.#at = at;
    return cores;
  }
}

/** CPU seconds every process of the machine has used (all cores, /proc/stat), and wall time. */
function machineCpuSeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / CLOCK_TICKS;
}

/** Cores busy on the whole machine over a window: with the server's and the generator's, what else ran. */
export class MachineCpuMeter {
  #cpu = machineCpuSeconds();
  #at = performance.now();
  read(): number {
    const cpu = machineCpuSeconds();
    const at = performance.now();
    const cores = (cpu - this.#cpu) / ((at - this.#at) / 1000);
    this.#cpu = cpu;
    this.#at = at;
    return cores;
  }
}
