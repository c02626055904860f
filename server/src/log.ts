/**
 * Structured logs: one JSON object per line on stderr (stdout carries only the listening line).
 * Callers pass ids, room names, codes and counts; never note text or tokens.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, unknown>>;
export type Logger = (level: LogLevel, event: string, fields?: LogFields) => void;

export function jsonLogger(write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  return (level, event, fields = {}) => {
    write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`);
  };
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
