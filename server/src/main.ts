import { optionsFromEnv } from './config.ts';
import { type RunningServer, startServer } from './index.ts';
import { errorFields, jsonLogger, logLevelFromEnv } from './log.ts';

/**
 * `node server/src/main.ts`: reads the environment (server/README.md), starts, prints one JSON
 * line `{"event":"listening",...}` on stdout and shuts down gracefully on SIGTERM/SIGINT.
 */
const logger = jsonLogger(logLevelFromEnv(process.env.LOG_LEVEL));

// Client input never reaches here (every handler catches), but a bug must not take every
// workshop down with it: log and keep serving.
process.on('uncaughtException', (error) => logger('error', 'uncaught-exception', errorFields(error)));
process.on('unhandledRejection', (reason) => logger('error', 'unhandled-rejection', errorFields(reason)));

let server: RunningServer;
try {
  // Storage that can no longer be used safely: exit for the supervisor to restart us.
  server = await startServer({ ...optionsFromEnv(process.env), logger, onFatal: () => process.exit(1) });
} catch (error) {
  logger('error', 'startup-failed', errorFields(error));
  process.exit(1);
}
process.stdout.write(
  `${JSON.stringify({ event: 'listening', url: server.url, startupMs: Math.round(performance.now()) })}\n`,
);

let stopping = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) {
    logger('warn', 'shutdown-forced', { signal });
    process.exit(1);
  }
  stopping = true;
  logger('info', 'shutdown', { signal });
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    logger('error', 'shutdown-failed', errorFields(error));
    process.exit(1);
  }
}
process.on('SIGTERM', (signal) => void shutdown(signal));
process.on('SIGINT', (signal) => void shutdown(signal));
