import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { spawnServer } from '../integration/helpers/childServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real server the component tests' `/api` calls reach (apps/web/src/testing/componentSetup.ts). */
    apiUrl: string;
  }
}

/**
 * The component tests' global setup: one real server in its own process, so a component's API
 * calls are answered (and refused) by the server itself, never by a stand-in.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'avaa-component-'));
  const server = await spawnServer(dataDir);
  project.provide('apiUrl', server.url);
  return async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    await rm(dataDir, { recursive: true, force: true });
  };
}
