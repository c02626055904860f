import { freePort } from '../../chaos/serverProcess.ts';
import { daemon, removeDir, scratchDir, stopChild, waitForPort } from './processes.ts';
import { requireTool } from './tools.ts';

/** A throwaway redis-server on loopback: no persistence (pub/sub keeps nothing anyway). */
export type TestRedis = {
  readonly url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
};

export async function startRedis(): Promise<TestRedis> {
  const binary = requireTool('redisServer');
  const dir = scratchDir('avaa-redis-');
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];
  let current: ReturnType<typeof daemon> | undefined;
  const start = async () => {
    current = daemon(binary, args);
    await waitForPort(port, 20_000, 'redis-server');
  };
  const stop = async () => {
    if (current) await stopChild(current.child, current.exited, 'SIGTERM');
    current = undefined;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    async close() {
      await stop();
      removeDir(dir);
    },
  };
}
