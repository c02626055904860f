import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../chaos/serverProcess.ts';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** One `node server/src/main.ts` of the cluster, on a fixed port (the balancer's upstream). */
export type ClusterNode = {
  readonly name: string;
  readonly port: number;
  readonly url: string;
  readonly running: boolean;
  start(): Promise<void>;
  /** SIGKILL: no shutdown hook, whatever was not committed is gone. */
  kill(): Promise<void>;
  /** SIGTERM: the graceful shutdown (sockets closed with 1012, rooms written out). */
  stop(): Promise<void>;
  /** The node's JSON log lines so far (the last 200 KB). */
  log(): string;
};

/** Without databaseUrl and redisUrl: a single node on SQLite in dataDir (the default setup). */
export type NodeEnvironment = {
  readonly databaseUrl?: string;
  readonly redisUrl?: string;
  readonly secret: string;
  /** More settings, e.g. METRICS_TOKEN. */
  readonly extra?: Readonly<Record<string, string>>;
};

export const sharedSecret = () => randomBytes(32).toString('base64url');

// No node outlives the test process, whatever failed on the way.
const live = new Set<ReturnType<typeof spawn>>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export async function clusterNode(name: string, env: NodeEnvironment, dataDir: string): Promise<ClusterNode> {
  const port = await freePort();
  let child: ReturnType<typeof spawn> | undefined;
  let exited: Promise<void> = Promise.resolve();
  let log = '';
  const signal = async (which: NodeJS.Signals) => {
    const current = child;
    if (!current) return;
    // Kept until it exited, so a kill during a hanging stop still reaches it.
    current.kill(which);
    // A graceful stop that hangs is a bug to see in the log, not a test that never ends.
    const timer = setTimeout(() => current.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
    if (child === current) child = undefined;
  };
  return {
    name,
    port,
    url: `http://127.0.0.1:${port}`,
    get running() {
      return child !== undefined;
    },
    async start() {
      if (child) return;
      // process.execPath is Node 24 when run through npm or npx (the node@24 package).
      const started = spawn(process.execPath, ['server/src/main.ts'], {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          DATABASE_URL: env.databaseUrl ?? '',
          REDIS_URL: env.redisUrl ?? '',
          AVAA_SECRET: env.secret,
          NODE_ID: name,
          ...env.extra,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = started;
      live.add(started);
      started.stderr?.on('data', (chunk: Buffer) => {
        log = (log + chunk.toString('utf8')).slice(-200_000);
      });
      exited = new Promise((resolve) =>
        started.once('exit', () => {
          // A node that died by itself can be started again.
          if (child === started) child = undefined;
          live.delete(started);
          resolve();
        }),
      );
      await new Promise<void>((resolve, reject) => {
        started.stdout?.once('data', () => resolve());
        started.once('exit', (code) => reject(new Error(`${name} exited with ${code} before listening: ${log}`)));
      });
      started.stdout?.resume();
    },
    kill: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
    log: () => log,
  };
}
