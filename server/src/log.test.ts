import { describe, expect, it } from 'vitest';
import { jsonLogger, logLevelFromEnv, requestIdFrom, withFields } from './log.ts';

describe('jsonLogger', () => {
  it('writes lines at and above its level as JSON, and skips the rest', () => {
    const lines: string[] = [];
    const logger = jsonLogger('info', (line) => lines.push(line));
    logger('debug', 'frame-dropped', { why: 'presence' });
    logger('info', 'room-seeded', { room: 'w/plenary' });
    logger('error', 'startup-failed');
    expect(lines.map((line) => JSON.parse(line).event)).toEqual(['room-seeded', 'startup-failed']);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 'info', room: 'w/plenary' });
  });

  it('writes debug lines when asked to', () => {
    const lines: string[] = [];
    jsonLogger('debug', (line) => lines.push(line))('debug', 'frame-dropped');
    expect(lines).toHaveLength(1);
  });
});

describe('logLevelFromEnv', () => {
  it('is info when unset and takes a known level', () => {
    expect(logLevelFromEnv(undefined)).toBe('info');
    expect(logLevelFromEnv('')).toBe('info');
    expect(logLevelFromEnv('debug')).toBe('debug');
    expect(logLevelFromEnv('error')).toBe('error');
  });

  it('refuses an unknown level rather than guessing', () => {
    expect(() => logLevelFromEnv('verbose')).toThrow(/LOG_LEVEL/);
  });
});

describe('withFields', () => {
  it("adds its fields to every line; a line's own fields win", () => {
    const lines: string[] = [];
    const logger = withFields(
      jsonLogger('info', (line) => lines.push(line)),
      { requestId: 'r-12345678', workshop: 'w' },
    );
    logger('info', 'socket-joined', { room: 'w/plenary' });
    logger('info', 'http');
    logger('info', 'other', { workshop: 'x' });
    expect(lines.map((line) => JSON.parse(line))).toMatchObject([
      { event: 'socket-joined', requestId: 'r-12345678', workshop: 'w', room: 'w/plenary' },
      { event: 'http', requestId: 'r-12345678', workshop: 'w' },
      { event: 'other', workshop: 'x' },
    ]);
  });
});

describe('requestIdFrom', () => {
  it("keeps a proxy's well-formed id and replaces anything else with a new one", () => {
    expect(requestIdFrom('0f3c9a7e5d2b41c8a6e0b9d7c5a3e1f2')).toBe('0f3c9a7e5d2b41c8a6e0b9d7c5a3e1f2');
    expect(requestIdFrom('req_2026-12-07')).toBe('req_2026-12-07');
    const made = requestIdFrom(undefined);
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(undefined)).not.toBe(made);
    // Too short, too long, a token's dots, a line break, a second header: never logged as given.
    for (const bad of [
      'short',
      'x'.repeat(65),
      'v1.eyJ3b3Jrc2hvcCI.sig',
      'abcdefgh\n{"level":"error"}',
      'a b c d e f g h',
    ]) {
      expect(requestIdFrom(bad)).not.toBe(bad);
    }
    expect(requestIdFrom(['abcdefgh1', 'abcdefgh2'])).toMatch(/^[0-9a-f-]{36}$/);
  });
});
