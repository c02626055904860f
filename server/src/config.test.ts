import { describe, expect, it } from 'vitest';
import { optionsFromEnv, withDefaults } from './config.ts';
import { silentLogger } from './log.ts';

describe('optionsFromEnv', () => {
  it('reads ALLOWED_HOSTS as host names in lower case, and refuses one with a port or a path', () => {
    const config = (env: NodeJS.ProcessEnv) => withDefaults(optionsFromEnv(env), silentLogger);
    expect(config({}).allowedHosts).toEqual([]);
    expect(config({ ALLOWED_HOSTS: 'Avaa.Kunta.example, avaa-kannettava.local' }).allowedHosts).toEqual([
      'avaa.kunta.example',
      'avaa-kannettava.local',
    ]);
    expect(() => config({ ALLOWED_HOSTS: 'avaa.kunta.example:8080' })).toThrow(/without ports/);
    expect(() => config({ ALLOWED_HOSTS: 'https://avaa.kunta.example' })).toThrow(/ALLOWED_HOSTS/);
  });

  it('keeps SQLite on one node when neither DATABASE_URL nor REDIS_URL is set', () => {
    const options = optionsFromEnv({});
    expect(options.databaseUrl).toBeUndefined();
    expect(options.redisUrl).toBeUndefined();
  });

  it('takes PostgreSQL, Redis and the node id from the environment', () => {
    const options = optionsFromEnv({
      DATABASE_URL: 'postgres://avaa@db.internal:5432/avaa',
      REDIS_URL: 'redis://cache.internal:6379',
      NODE_ID: 'avaa-2',
    });
    expect(options).toMatchObject({
      databaseUrl: 'postgres://avaa@db.internal:5432/avaa',
      redisUrl: 'redis://cache.internal:6379',
      nodeId: 'avaa-2',
    });
  });

  it('refuses Redis without PostgreSQL and URLs of the wrong kind, without echoing them', () => {
    expect(() => optionsFromEnv({ REDIS_URL: 'redis://cache:6379' })).toThrow(/needs DATABASE_URL/);
    expect(() => optionsFromEnv({ DATABASE_URL: 'mysql://user:secret@db/avaa' })).toThrow(/DATABASE_URL must/);
    expect(() => optionsFromEnv({ DATABASE_URL: 'mysql://user:secret@db/avaa' })).not.toThrow(/secret/);
  });

  it('reads TRUST_PROXY (1, true, yes), WORKSHOP_CREATIONS_PER_HOUR and MAX_ACTIVE_WORKSHOPS', () => {
    for (const value of ['1', 'true', 'YES']) expect(optionsFromEnv({ TRUST_PROXY: value }).trustProxy).toBe(true);
    for (const value of ['0', 'no', 'false']) expect(optionsFromEnv({ TRUST_PROXY: value }).trustProxy).toBe(false);
    expect(optionsFromEnv({ WORKSHOP_CREATIONS_PER_HOUR: '2' }).workshopCreationsPerHour).toBe(2);
    expect(optionsFromEnv({ MAX_ACTIVE_WORKSHOPS: '400' }).limits).toEqual({ maxActiveWorkshops: 400 });
    expect(() => optionsFromEnv({ WORKSHOP_CREATIONS_PER_HOUR: '0' })).toThrow('WORKSHOP_CREATIONS_PER_HOUR');
  });

  it('reads RETENTION_DAYS: 0 keeps workshops forever, a negative or non-number is refused', () => {
    expect(optionsFromEnv({ RETENTION_DAYS: '30' }).retentionMs).toBe(30 * 24 * 60 * 60 * 1000);
    expect(optionsFromEnv({ RETENTION_DAYS: '0' }).retentionMs).toBe(0);
    expect(() => optionsFromEnv({ RETENTION_DAYS: '-1' })).toThrow('RETENTION_DAYS');
    expect(() => optionsFromEnv({ RETENTION_DAYS: 'x' })).toThrow('RETENTION_DAYS');
  });

  it('reads METRICS_TOKEN, unset by default, and refuses a short or spaced one without echoing it', () => {
    const config = (env: NodeJS.ProcessEnv) => withDefaults(optionsFromEnv(env), silentLogger);
    expect(config({}).metricsToken).toBeUndefined();
    expect(config({ METRICS_TOKEN: 'prometheus-scrape-7Qm2x9' }).metricsToken).toBe('prometheus-scrape-7Qm2x9');
    for (const weak of ['short-token', 'sixteen chars ok', 'x'.repeat(257)]) {
      expect(() => config({ METRICS_TOKEN: weak })).toThrow('METRICS_TOKEN must be 16-256 printable characters');
      expect(() => config({ METRICS_TOKEN: weak })).not.toThrow(weak);
    }
  });
});
