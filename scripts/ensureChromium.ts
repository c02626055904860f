/**
 * The browser tests drive Debian's Chromium. On a fresh machine where we are root, install it
 * with apt-get; otherwise say exactly what is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('which', ['apt-get']).status === 0;
  if (!isRoot || !hasApt) {
    console.log(`=== Chromium not found at ${CHROMIUM_PATH}: install Debian's package (sudo apt-get install chromium)`);
    return false;
  }
  console.log('=== installing Debian chromium with apt-get');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], {
      stdio: 'inherit',
      env,
    });
  } catch {
    return false;
  }
  return existsSync(CHROMIUM_PATH);
}
