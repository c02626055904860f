import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** `node server/src/main.ts` in its own process, as production runs it. */
export type ChildServer = {
  readonly child: ChildProcess;
  readonly url: string;
  readonly startupMs: number;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The server's stderr so far (JSON log lines), for assertions and failure messages. */
  stderr(): string;
};

const children = new Set<ChildProcess>();

/** `env` adds to the environment (e.g. a limit made small for a test). */
export async function spawnServer(dataDir: string, env: Record<string, string> = {}): Promise<ChildServer> {
  // process.execPath is Node 24 when the tests run through npm or npx (the node@24 package).
  const child = spawn(process.execPath, ['server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  const listening = await firstLine(child, exited);
  const parsed = JSON.parse(listening) as { event: string; url: string; startupMs: number };
  if (parsed.event !== 'listening') throw new Error(`unexpected first line: ${listening}`);
  return { child, url: parsed.url, startupMs: parsed.startupMs, exited, stderr: () => stderr };
}

function firstLine(child: ChildProcess, exited: Promise<unknown>): Promise<string> {
  if (!child.stdout) throw new Error('no stdout');
  const lines = createInterface({ input: child.stdout });
  return new Promise((resolve, reject) => {
    lines.once('line', (line) => resolve(line));
    void exited.then(() => reject(new Error('server exited before listening')));
  });
}

/** For afterEach: no server process outlives its test. */
export function killChildren(): void {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
}
