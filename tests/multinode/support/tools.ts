import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Debian's PostgreSQL, Redis and nginx, as `.ci/run` installs them (`postgresql redis-server
 * nginx-light`). Binaries are looked up where Debian puts them.
 */
export type ClusterTools = {
  /** /usr/lib/postgresql/<newest version>/bin */
  readonly postgresBin: string | undefined;
  readonly redisServer: string | undefined;
  readonly nginx: string | undefined;
};

export function findTools(): ClusterTools {
  return {
    postgresBin: postgresBinDir(),
    redisServer: onPath('redis-server', ['/usr/bin/redis-server']),
    nginx: onPath('nginx', ['/usr/sbin/nginx']),
  };
}

export function missingTools(tools: ClusterTools = findTools()): string[] {
  const missing: string[] = [];
  if (!tools.postgresBin) missing.push('postgresql');
  if (!tools.redisServer) missing.push('redis-server');
  if (!tools.nginx) missing.push('nginx-light');
  return missing;
}

/**
 * Whether the multi-node tests run here. In CI (CI=true) they always run, so missing tools fail
 * them loudly; on a developer machine without the packages they are skipped with a message.
 */
export function clusterTestsEnabled(): boolean {
  const missing = missingTools();
  if (missing.length === 0 || process.env.CI === 'true') return true;
  console.warn(`multinode tests skipped: missing Debian packages (apt-get install ${missing.join(' ')})`);
  return false;
}

export function requireTool(name: keyof ClusterTools): string {
  const path = findTools()[name];
  if (!path) throw new Error(`${name} not found: apt-get install ${missingTools().join(' ')}`);
  return path;
}

function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

function onPath(command: string, fallbacks: readonly string[]): string | undefined {
  const found = spawnSync('which', [command], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  return fallbacks.find((path) => existsSync(path));
}
