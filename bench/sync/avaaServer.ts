/**
 * Our server as `server/src/main.ts` starts it (environment, SQLite with synchronous=FULL, auth,
 * every limit at its default), except these: `BENCH_MAX_ACTIVE_WORKSHOPS` raises the cap on
 * workshops with open rooms (default 200), which the capacity ramp may pass, and every simulated
 * client comes from one address, so the sockets and workshops per address are not capped.
 * Logs go to stderr.
 */
import { optionsFromEnv } from '../../server/src/config.ts';
import { startServer } from '../../server/src/index.ts';
import { jsonLogger, logLevelFromEnv } from '../../server/src/log.ts';

const maxActiveWorkshops = Number(process.env.BENCH_MAX_ACTIVE_WORKSHOPS ?? 200);
const server = await startServer({
  ...optionsFromEnv(process.env),
  logger: jsonLogger(logLevelFromEnv(process.env.LOG_LEVEL)),
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
