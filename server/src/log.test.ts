import { describe, expect, it } from 'vitest';
import { jsonLogger, logLevelFromEnv } from './log.ts';

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
