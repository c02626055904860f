/**
 * Our server as `server/src/main.ts` starts it (environment, SQLite with synchronous=FULL, auth,
 * every limit at its default), except these: `BENCH_MAX_ACTIVE_WORKSHOPS` raises the cap on
 * workshops with open rooms (default 200), which the capacity ramp may pass, and every simulated
 * client comes from one address, so the sockets and workshops per address are not capped.
 * Logs go to stderr. `BENCH_ABLATE` takes one guarantee away, to price it: `sync` skips the WAL's
 * fdatasync after each commit (saved would then mean committed, not on the disk), `store` stores
 * no update at all (saved would mean nothing). Never in a server that people use: bench only.
 */
import { optionsFromEnv } from '../../server/src/config.ts';
import { openSqliteStorage, type Storage, startServer } from '../../server/src/index.ts';
import { jsonLogger, logLevelFromEnv } from '../../server/src/log.ts';

function ablatedStorage(ablate: string | undefined): ((dataDir: string) => Storage) | undefined {
  if (ablate === 'sync') return (dataDir) => openSqliteStorage(dataDir, { syncFile: async () => {} });
  if (ablate !== 'store') return undefined;
  return (dataDir) => {
    const storage = openSqliteStorage(dataDir);
    let entries = 0;
    const dropped: Partial<Storage> = {
      appendUpdates: async (_room, updates) => (entries += updates.length),
      compactRoom: async () => {},
    };
    // Updates are counted as stored and dropped; workshops and seeds are still stored, so rooms load.
    return new Proxy(storage, {
      get(target, key) {
        const value = dropped[key as keyof Storage] ?? Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
}

const maxActiveWorkshops = Number(process.env.BENCH_MAX_ACTIVE_WORKSHOPS ?? 200);
const server = await startServer({
  ...optionsFromEnv(process.env),
  logger: jsonLogger(logLevelFromEnv(process.env.LOG_LEVEL)),
  openStorage: ablatedStorage(process.env.BENCH_ABLATE),
  limits: {
    maxActiveWorkshops,
    maxConnectionsPerAddress: Number.MAX_SAFE_INTEGER,
    maxWorkshopsPerAddress: Number.MAX_SAFE_INTEGER,
  },
});
process.stdout.write(`${JSON.stringify({ event: 'listening', url: server.url })}\n`);
process.on('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
