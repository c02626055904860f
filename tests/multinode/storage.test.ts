import { type Logger, openPostgresStorage } from '@avaa/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { storageSuite } from '../integration/helpers/storageSuite.ts';
import { startPostgres, type TestPostgres } from './support/postgres.ts';
import { clusterTestsEnabled } from './support/tools.ts';

// The shared storage suite against PostgreSQL (its SQLite run: tests/integration/storage.test.ts).
describe.runIf(clusterTestsEnabled())('PostgreSQL', () => {
  let postgres: TestPostgres;
  let databases = 0;
  beforeAll(async () => {
    postgres = await startPostgres();
  });
  afterAll(async () => {
    await postgres?.close();
  });
  storageSuite({
    name: 'PostgreSQL',
    perRoomSequence: true,
    fresh: async () => {
      databases += 1;
      const url = await postgres.createDatabase(`suite_${databases}`);
      const setLastActivity = async (id: string, at: number) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query('UPDATE workshops SET last_activity = $2 WHERE id = $1', [id, at]);
        } finally {
          await client.end();
        }
      };
      // The VACUUM after a workshop deletion runs in the background: its failure is only logged.
      const failures: string[] = [];
      const logger: Logger = (_level, event) => {
        if (event === 'postgres-vacuum-failed') failures.push(event);
      };
      const cleanup = async () => expect(failures).toEqual([]);
      return { open: () => openPostgresStorage(url, { logger }), cleanup, setLastActivity };
    },
  });
});
