import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `node server/src/main.ts` on a fixed port and data directory, so that clients reconnect to the
 * same address after each kill -9 and the restarted server finds the same SQLite file.
 */
export type KillableServer = {
  readonly url: string;
  start(): Promise<void>;
  /** SIGKILL: no shutdown hook runs, whatever was not committed is gone. */
  kill(): Promise<void>;
};

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export function killableServer(port: number, dataDir: string): KillableServer {
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  return {
    url: `http://127.0.0.1:${port}`,
    async start() {
      if (child) return;
      // process.execPath is Node 24 when run through npm or npx (the node@24 package).
      const started = spawn(process.execPath, ['server/src/main.ts'], {
        cwd: REPO_ROOT,
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      child = started;
      exited = new Promise((resolve) => started.once('exit', () => resolve()));
      await new Promise<void>((resolve, reject) => {
        started.stdout?.once('data', () => resolve());
        started.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
      });
      started.stdout?.resume();
    },
    async kill() {
      child?.kill('SIGKILL');
      child = null;
      await exited;
    },
  };
}
