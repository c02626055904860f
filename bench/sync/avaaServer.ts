/**
 * Our server as `server/src/main.ts` starts it (environment, SQLite with synchronous=FULL, auth,
 * every limit at its default), except these: `BENCH_MAX_ACTIVE_WORKSHOPS` raises the cap on
 * workshops with open rooms (default 200), which the capacity ramp may pass, and every simulated
 * client comes from one address, so the sockets and workshops per address are not capped.
 * Logs go to stderr. `BENCH_ABLATE=sync` takes one guarantee away, to price it: the WAL's
 * fdatasync after each commit (saved would then mean committed, not on the disk). Bench only.
 */
import { optionsFromEnv } from '../../server/src/config.ts';
import { openSqliteStorage, type Storage, startServer } from '../../server/src/index.ts';
import { jsonLogger, logLevelFromEnv } from '../../server/src/log.ts';

function ablatedStorage(ablate: string | undefined): ((dataDir: string) => Storage) | undefined {
  if (ablate !== 'sync') return undefined;
  return (dataDir) => openSqliteStorage(dataDir, { syncFile: async () => {} });
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
