import { defineConfig } from 'vitest/config';
import { librariesUsingReact, testsOnPreact } from './apps/web/vite/preactCompat.ts';

// Six suites: unit tests beside the code, component tests (React components in jsdom with
// Testing Library, beside the components), integration tests (real server, real sockets, real
// SQLite files), end-to-end tests (the built app in Debian's Chromium), multi-node tests
// (PostgreSQL, Redis and nginx from Debian, several server processes) and the container image
// (built and run with podman from Debian).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'server/src/**/*.test.ts',
            'apps/web/src/**/*.test.ts',
            // The benchmarks' own helpers (percentiles, tables); the benchmarks themselves are not tests.
            'bench/**/*.test.ts',
          ],
          environment: 'node',
          alias: testsOnPreact,
          server: { deps: { inline: librariesUsingReact } },
          // The print tests render PDFs and read them back with poppler: seconds each on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'component',
          include: ['apps/web/src/**/*.test.tsx'],
          environment: 'jsdom',
          alias: testsOnPreact,
          server: { deps: { inline: librariesUsingReact } },
          setupFiles: ['apps/web/src/testing/componentSetup.ts'],
          // A real server for the components' API calls (the join form's refusals, say).
          globalSetup: ['tests/component/apiServer.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'multinode',
          include: ['tests/multinode/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // Each file starts its own PostgreSQL, Redis, nodes and nginx: one file at a time.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'container',
          include: ['tests/container/**/*.test.ts'],
          testTimeout: 120_000,
          // beforeAll builds the base (Debian packages) and the image (npm ci and the app's build).
          hookTimeout: 30 * 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
