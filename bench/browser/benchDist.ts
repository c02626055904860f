/**
 * The production build the browser benches serve: BENCH_DIST names an existing one (it must hold
 * an index.html: a wrong path would serve nothing and every open would time out), else the app is
 * built into /tmp/avaa-bench-dist first. Sets STATIC_DIR for the server the bench starts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function benchDist(): string {
  const given = process.env.BENCH_DIST;
  const dist = given ?? '/tmp/avaa-bench-dist';
  if (given === undefined) {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--emptyOutDir'], {
      stdio: 'ignore',
    });
  } else if (!existsSync(join(given, 'index.html'))) {
    throw new Error(
      `BENCH_DIST=${given} holds no index.html: build the app there first (the web app's is apps/web/dist)`,
    );
  }
  process.env.STATIC_DIR = dist;
  return dist;
}
