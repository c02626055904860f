import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * podman from Debian, driven as a deployer would: build the Containerfile on a base made from
 * Debian's packages (tests/container/base.sh, since no registry image can be pulled here), run
 * the image read-only with a volume, and reach it on a published port.
 */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const BASE_IMAGE = 'localhost/avaa-base:24';
export const IMAGE = 'localhost/avaa:ci';

/**
 * The Debian packages the container tests need (`.ci/run` and scripts/ensureTestTools.ts install
 * them). runc beside podman's default crun: crun cannot start containers on CI's machines.
 */
export const CONTAINER_PACKAGES = ['podman', 'runc', 'mmdebstrap'] as const;

export function missingContainerTools(): string[] {
  return CONTAINER_PACKAGES.filter((name) => spawnSync('which', [name]).status !== 0);
}

/** Throws, naming the packages, when a tool is missing (in CI, where the tests never skip). */
export function requireContainerTools(): void {
  const missing = missingContainerTools();
  if (missing.length > 0) throw new Error(`container tests need Debian packages: apt-get install ${missing.join(' ')}`);
}

/**
 * Whether the container tests run here. In CI (CI=true) they always run, so missing tools fail
 * them loudly; on a developer machine without podman they are skipped with a message.
 */
export function containerTestsEnabled(): boolean {
  const missing = missingContainerTools();
  if (missing.length === 0 || process.env.CI === 'true') return true;
  console.warn(`container tests skipped: missing Debian packages (apt-get install ${missing.join(' ')})`);
  return false;
}

/**
 * podman's exit status and output. Asynchronous: a test's sockets keep being served meanwhile
 * (a blocked event loop would later send a request on a connection the server already closed).
 */
export function podmanStatus(
  args: readonly string[],
  timeoutMs = 60_000,
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('podman', args, { cwd: REPO_ROOT, timeout: timeoutMs });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Runs podman; its output, or an error naming the command and podman's own message. */
export async function podman(args: readonly string[], timeoutMs = 60_000): Promise<string> {
  const result = await podmanStatus(args, timeoutMs);
  if (result.status !== 0) {
    const why = result.output.trim().split('\n').slice(-5).join('\n');
    throw new Error(`podman ${args.join(' ')} failed (${result.status}): ${why}`);
  }
  return result.output.trim();
}

/**
 * Flags every `podman run` and `podman build` here needs. Plain podman first; machines such as
 * this project's CI sandbox (cgroups v1/v2 hybrid, no CAP_SYS_RESOURCE) refuse crun ("cgroups in
 * hybrid mode not supported") and refuse to set the default rlimits to the hard limits, so runc
 * with limits below the hard ones is tried next. What failed is printed.
 */
export async function runtimeFlags(): Promise<string[]> {
  if (process.env.AVAA_PODMAN_FLAGS !== undefined) return process.env.AVAA_PODMAN_FLAGS.split(' ').filter(Boolean);
  const files = Math.min(hardLimit('-Hn'), 65_536) - 1;
  const processes = Math.min(hardLimit('-Hu'), 8192) - 1;
  const candidates = [
    [],
    ['--ulimit', `nofile=${files}:${files}`, '--ulimit', `nproc=${processes}:${processes}`],
    ['--runtime', 'runc', '--ulimit', `nofile=${files}:${files}`, '--ulimit', `nproc=${processes}:${processes}`],
  ];
  const failures: string[] = [];
  for (const flags of candidates) {
    const probe = await podmanStatus(['run', '--rm', '--network', 'none', ...flags, BASE_IMAGE, 'node', '--version']);
    if (probe.status === 0) {
      if (failures.length > 0) console.log(`podman needs ${flags.join(' ')} here; without:\n${failures.join('\n')}`);
      return flags;
    }
    failures.push(`  [${flags.join(' ')}] ${probe.output.trim().split('\n').at(-1)}`);
  }
  throw new Error(`podman cannot run a container on this machine:\n${failures.join('\n')}`);
}

function hardLimit(option: string): number {
  const value = execFileSync('bash', ['-c', `ulimit ${option}`], { encoding: 'utf8' }).trim();
  return value === 'unlimited' ? Number.POSITIVE_INFINITY : Number(value);
}

/** The Debian-built base (skipped when up to date), with this process's Node 24. */
export function buildBase(): void {
  const result = spawnSync('tests/container/base.sh', [process.execPath, BASE_IMAGE], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    timeout: 15 * 60_000,
  });
  if (result.status !== 0) throw new Error(`tests/container/base.sh failed (${result.status ?? result.signal})`);
}

/**
 * `podman build` of the published Containerfile, only BASE substituted. Docker's image format:
 * OCI images have no HEALTHCHECK. (Lending the host's npm cache to the build's `npm ci` made it
 * no faster here: npm still asks the registry about every package.)
 */
export function buildImage(flags: readonly string[]): void {
  const args = ['build', ...flags, '--format', 'docker', '--build-arg', `BASE=${BASE_IMAGE}`];
  args.push('--tag', IMAGE, '--file', 'Containerfile', '.');
  console.log(`podman ${args.join(' ')}`);
  const result = spawnSync('podman', args, { cwd: REPO_ROOT, stdio: 'inherit', timeout: 20 * 60_000 });
  if (result.status !== 0) throw new Error(`podman build failed (${result.status ?? result.signal})`);
}

/**
 * `podman run --detach` of the image, read-only without even podman's default tmpfs on /tmp;
 * `args` come before the image (volumes, ports, environment). Resolves once `baseUrl()`'s
 * /healthz answers 200, with the container's log in the error otherwise.
 */
export async function runImage(
  flags: readonly string[],
  name: string,
  args: readonly string[],
  baseUrl: () => Promise<string>,
): Promise<string> {
  await podman(['run', ...flags, '--detach', '--name', name, '--read-only', '--read-only-tmpfs=false', ...args, IMAGE]);
  const url = await baseUrl();
  try {
    await waitHealthy(url);
  } catch (error) {
    throw new Error(`no /healthz from ${name}: ${String(error)}\n${(await podmanStatus(['logs', name])).output}`);
  }
  return url;
}

async function waitHealthy(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const status = await fetch(`${url}/healthz`).then(
      (response) => response.status,
      (error: unknown) => String(error),
    );
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`last answer: ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
