import { appendFile, cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A copy of the built app in a throwaway directory, to serve (`startTestServer({ staticDir })`)
 * and then change as a deploy of a new version would.
 */
export async function copyOfBuild(): Promise<{ dir: string; deployNewVersion(): Promise<void> }> {
  const built = process.env.STATIC_DIR ?? new URL('../../../apps/web/dist', import.meta.url).pathname;
  const dir = await mkdtemp(join(tmpdir(), 'avaa-e2e-build-'));
  await cp(built, dir, { recursive: true });
  let version = 1;
  return {
    dir,
    // A service worker that differs by one byte is a new version to the browser.
    deployNewVersion: () => appendFile(join(dir, 'sw.js'), `\n// version ${++version}\n`),
  };
}
