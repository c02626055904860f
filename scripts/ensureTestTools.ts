/**
 * The tests need Debian's Chromium (browser tests), poppler-utils (the print tests read their
 * PDFs back with pdftotext, pdfinfo and pdftoppm), PostgreSQL, Redis and nginx (the
 * multi-node tests start their own on loopback) and podman, runc and mmdebstrap (the container
 * tests build and run the image). On a fresh machine where we are root, install
 * what is missing with apt-get; otherwise say exactly what is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { missingContainerTools } from '../tests/container/support/podman.ts';
import { missingTools } from '../tests/multinode/support/tools.ts';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function missingPackages(): string[] {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM_PATH)) missing.push('chromium', 'fonts-dejavu-core');
  if (spawnSync('which', ['pdftotext']).status !== 0) missing.push('poppler-utils');
  missing.push(...missingTools(), ...missingContainerTools());
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
  // Packages only: invoke-rc.d starts no service (exit 101); the tests start their own.
  const policy = '/usr/sbin/policy-rc.d';
  const addedPolicy = !existsSync(policy);
  try {
    if (addedPolicy) {
      writeFileSync(policy, '#!/bin/sh\nexit 101\n');
      chmodSync(policy, 0o755);
    }
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  } catch {
    return false;
  } finally {
    if (addedPolicy) rmSync(policy, { force: true });
  }
  return missingPackages().length === 0;
}
