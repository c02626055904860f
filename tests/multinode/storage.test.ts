import { openPostgresStorage } from '@avaa/server';
import { afterAll, beforeAll, describe } from 'vitest';
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
      return { open: () => openPostgresStorage(url), cleanup: async () => {} };
    },
  });
});
