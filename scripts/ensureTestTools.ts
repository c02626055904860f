/**
 * The tests need Debian's Chromium (browser tests) and poppler-utils (the print tests read their
 * PDFs back with pdftotext, pdfinfo and pdftoppm). On a fresh machine where we are root, install
 * what is missing with apt-get; otherwise say exactly what is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function missingPackages(): string[] {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM_PATH)) missing.push('chromium', 'fonts-dejavu-core');
  if (spawnSync('which', ['pdftotext']).status !== 0) missing.push('poppler-utils');
  return missing;
}

export function ensureTestTools(): boolean {
  const missing = missingPackages();
  if (missing.length === 0) return true;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('which', ['apt-get']).status === 0;
  if (!isRoot || !hasApt) {
    console.log(`=== missing Debian packages for the tests: sudo apt-get install ${missing.join(' ')}`);
    return false;
  }
  console.log(`=== installing ${missing.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  } catch {
    return false;
  }
  return missingPackages().length === 0;
}
