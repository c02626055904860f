import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Role, WorkshopId } from '@avaa/protocol';
import { type RunningServer, type ServerOptions, signToken, silentLogger, startServer } from '@avaa/server';

/** A real server on a free port with its own temporary DATA_DIR. */
export type TestServer = {
  readonly dataDir: string;
  readonly server: RunningServer;
  readonly url: string;
  /** Closes (gracefully) and starts again on the same DATA_DIR; the port changes. */
  restart(): Promise<void>;
  close(): Promise<void>;
};

const started = new Set<TestServer>();
const tempDirs: string[] = [];

/** A fresh directory, removed by closeTestServers. */
export function tempDir(prefix = 'avaa-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export async function startTestServer(options: ServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir();
  const config: ServerOptions = {
    port: 0,
    host: '127.0.0.1',
    // AVAA_TEST_LOGS=1 shows the server's JSON logs while debugging a test.
    ...(process.env.AVAA_TEST_LOGS ? {} : { logger: silentLogger }),
    staticDir: join(dataDir, 'no-web-build'),
    unloadGraceMs: 200,
    ...options,
    dataDir,
  };
  let server = await startServer(config);
  const handle: TestServer = {
    dataDir,
    get server() {
      return server;
    },
    get url() {
      return server.url;
    },
    async restart() {
      await server.close();
      server = await startServer(config);
    },
    async close() {
      started.delete(handle);
      await server.close();
    },
  };
  started.add(handle);
  return handle;
}

/** For afterEach: closes every server this file started and removes their directories. */
export async function closeTestServers(): Promise<void> {
  const servers = [...started];
  started.clear();
  await Promise.all(servers.map((s) => s.server.close()));
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A correctly signed token, made with the key the server generated in DATA_DIR. */
export function signWithServerKey(dataDir: string, workshopId: string, role: Role): string {
  const secret = readFileSync(join(dataDir, 'secret.key'));
  return signToken(secret, { workshopId: workshopId as WorkshopId, role });
}

/** Log rows and snapshot of one room, read beside the running server (WAL allows it). */
export function roomRows(dataDir: string, room: string): { logEntries: number; snapshots: number } {
  const db = new DatabaseSync(join(dataDir, 'avaa.sqlite'), { readOnly: true });
  try {
    const log = db.prepare('SELECT COUNT(*) AS n FROM room_updates WHERE room = ?').get(room);
    const snap = db.prepare('SELECT COUNT(*) AS n FROM room_snapshots WHERE room = ?').get(room);
    return { logEntries: Number(log?.n), snapshots: Number(snap?.n) };
  } finally {
    db.close();
  }
}
