import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../../chaos/serverProcess.ts';
import { asPostgres, removeDir, run, scratchDir } from './processes.ts';
import { requireTool } from './tools.ts';

/** A throwaway PostgreSQL cluster on loopback, its socket and data in a temporary directory. */
export type TestPostgres = {
  readonly port: number;
  /** `postgres://postgres@127.0.0.1:<port>/<database>` */
  url(database: string): string;
  createDatabase(name: string): Promise<string>;
  /** Fast shutdown (clients are disconnected), as `systemctl stop postgresql` does. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
};

const running = new Set<() => void>();
process.once('exit', () => {
  for (const stop of running) stop();
});

export async function startPostgres(): Promise<TestPostgres> {
  const bin = requireTool('postgresBin');
  const dir = scratchDir('avaa-pg-', 'postgres');
  const data = join(dir, 'data');
  const port = await freePort();
  const pgCtl = join(bin, 'pg_ctl');
  run(...asPostgres(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']));
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  const start = async () => {
    run(
      ...asPostgres(pgCtl, [
        '-D',
        data,
        '-l',
        join(dir, 'postgres.log'),
        '-o',
        serverOptions,
        '-w',
        '-t',
        '60',
        'start',
      ]),
    );
  };
  const stopNow = (mode: 'fast' | 'immediate') => {
    try {
      execFileSync(...asPostgres(pgCtl, ['-D', data, '-m', mode, '-w', 'stop']), { stdio: 'ignore' });
    } catch {
      // Not running.
    }
  };
  const emergencyStop = () => stopNow('immediate');
  running.add(emergencyStop);
  await start();
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop: async () => stopNow('fast'),
    start,
    async close() {
      stopNow('fast');
      running.delete(emergencyStop);
      removeDir(dir);
    },
  };
}
