import { randomUUID } from 'node:crypto';

/**
 * Structured logs: one JSON object per line on stderr (stdout carries only the listening line).
 * Callers pass ids, room names, codes and counts; never note text or tokens.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, unknown>>;
export type Logger = (level: LogLevel, event: string, fields?: LogFields) => void;

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/**
 * Lines below `minLevel` are skipped before anything is built. Debug is off by default: some
 * debug events (a dropped frame) come once per client frame, and stderr on a pipe is written
 * synchronously, so at load they would cost the event loop more than the work they describe.
 */
export function jsonLogger(
  minLevel: LogLevel = 'info',
  write: (line: string) => void = (line) => process.stderr.write(line),
): Logger {
  const least = LEVELS.indexOf(minLevel);
  return (level, event, fields = {}) => {
    if (LEVELS.indexOf(level) < least) return;
    write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`);
  };
}

/** `LOG_LEVEL` (debug, info, warn or error; info when unset). */
export function logLevelFromEnv(value: string | undefined): LogLevel {
  if (value === undefined || value === '') return 'info';
  const level = LEVELS.find((known) => known === value);
  if (!level) throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, got ${value}`);
  return level;
}

export const silentLogger: Logger = () => {};

/** An error as loggable fields: its class and message, never a client payload. */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { error: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { error: String(error) };
}

/**
 * A logger that adds `fields` to every line (a request's or a socket's id, its workshop). The
 * fields are read at each call, so a socket's workshop can be added once it is known.
 */
export function withFields(logger: Logger, fields: LogFields): Logger {
  return (level, event, more) => logger(level, event, more ? { ...fields, ...more } : fields);
}

/**
 * An incoming `X-Request-Id` (a proxy's, say) is kept only if it is 8-64 letters, digits, `-` or
 * `_`: nothing a log reader could mistake for another field, and never a token (ours have dots).
 * Otherwise, and when there is none, a new one.
 */
export function requestIdFrom(header: string | readonly string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}
const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;
