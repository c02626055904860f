import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, type ServerOptions, silentLogger, startServer } from '../../../server/src/index.ts';

/** The real server serving the built app, on a free port, with a throwaway data directory. */
export type TestServer = {
  readonly url: string;
  readonly port: number;
  /** Stops the server (clients see 1012 and go offline). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data directory, as after a restart. */
  start(): Promise<void>;
  /** Stops it and deletes the data. */
  dispose(): Promise<void>;
};

/** `extra`: settings a suite needs (e.g. the operator named on the accessibility statement). */
export async function startTestServer(extra: ServerOptions = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'avaa-e2e-'));
  // STATIC_DIR: a build elsewhere than apps/web/dist (two builds side by side while developing).
  const staticDir = process.env.STATIC_DIR;
  const options = { ...extra, host: '127.0.0.1', dataDir, logger: silentLogger, ...(staticDir ? { staticDir } : {}) };
  let running: RunningServer | null = await startServer({ port: 0, ...options });
  const port = running.port;
  const url = running.url;
  return {
    url,
    port,
    async stop() {
      await running?.close();
      running = null;
    },
    async start() {
      running ??= await startServer({ port, ...options });
    },
    async dispose() {
      await running?.close();
      running = null;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type CreatedWorkshop = {
  readonly id: string;
  readonly title: string;
  readonly links: {
    readonly facilitator: string;
    readonly participant: string;
    readonly projector: string;
    readonly feedback: string;
  };
  readonly sync: { readonly url: string; readonly board: string; readonly tokens: Record<string, string> };
};

export async function createWorkshop(baseUrl: string, title: string, language = 'fi'): Promise<CreatedWorkshop> {
  const response = await fetch(`${baseUrl}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, language }),
  });
  if (response.status !== 201) throw new Error(`creating a workshop failed: ${response.status}`);
  return (await response.json()) as CreatedWorkshop;
}
