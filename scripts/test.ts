/**
 * `npm test`: every check and every suite, then one closing line with the totals
 * (`N passed, N failed, N skipped`). The static checks count as one test each. Exits non-zero
 * when anything failed, and still runs everything so one report shows all failures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTestTools } from './ensureTestTools.ts';

type Totals = { passed: number; failed: number; skipped: number };
const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
/** What failed, repeated just above the totals so the end of a long log names it. */
const failures: string[] = [];

/** No single step may take longer (CI has 90 minutes for everything; today's whole run takes about 25). */
const STEP_LIMIT_MS = 40 * 60 * 1000;

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env, timeout: STEP_LIMIT_MS });
  const ok = result.status === 0;
  if (!ok) console.log(`=== ${label} FAILED (exit ${result.status ?? result.signal})`);
  if (!ok) failures.push(`${label} (exit ${result.status ?? result.signal})`);
  return ok;
}

function check(label: string, script: string): void {
  if (run(label, 'npm', ['run', '--silent', script])) totals.passed++;
  else totals.failed++;
}

check('typecheck', 'typecheck');
check('lint', 'lint');
check('dependency rules', 'deps');
const built = run('build', 'npm', ['run', '--silent', 'build']);
if (built) totals.passed++;
else totals.failed++;

if (!ensureTestTools()) totals.failed++;

type VitestReport = {
  numPassedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults?: { fullName: string; status: string }[];
  }[];
};

/** File and test names of the failures in one vitest report (a file that failed to load counts too). */
function failedTests(report: VitestReport): string[] {
  return (report.testResults ?? []).flatMap((file) => {
    const path = file.name.replace(`${process.cwd()}/`, '');
    const tests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    if (tests.length === 0 && file.status === 'failed') return [`${path}: ${file.message?.split('\n')[0] ?? 'failed'}`];
    return tests.map((test) => `${path}: ${test.fullName}`);
  });
}

/** One vitest run over `projects`, its counts added to the totals. */
function vitest(label: string, projects: readonly string[]): void {
  const report = join(mkdtempSync(join(tmpdir(), 'avaa-test-')), 'vitest.json');
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8')) as VitestReport;
    const failed = failedTests(json);
    failures.push(...failed);
    totals.passed += json.numPassedTests ?? 0;
    // Each failed test once, and a file that failed to load as one (vitest's suite count would
    // add the file and every describe block around a failed test again).
    // A run that failed with no failed test (an unhandled error, its time limit) counts as one.
    totals.failed += failed.length > 0 || ok ? failed.length : 1;
    totals.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  } catch {
    console.log(`=== ${label}: vitest wrote no report; counting the run as failed`);
    totals.failed++;
  }
}

// AVAA_TEST_PROJECTS=unit,integration runs a subset. The multinode project (PostgreSQL, Redis,
// nginx and several server processes, tests/multinode/) runs on its own after the others, so
// it never shares the two cores with the browser tests; so does the container project (the
// image built and run with podman, tests/container/).
const projects = (process.env.AVAA_TEST_PROJECTS ?? 'unit,component,integration,e2e,multinode,container,bench').split(
  ',',
);
// One vitest run per project: each starts with a fresh pool, and a run that hangs is ended by
// its own time limit (below) and reported, instead of holding every later suite.
for (const project of projects.filter((name) => ['unit', 'component', 'integration', 'e2e'].includes(name))) {
  vitest(`${project} tests`, [project]);
}
if (projects.includes('multinode')) vitest('multinode tests', ['multinode']);
if (projects.includes('container')) vitest('container tests', ['container']);
// The benchmarks' quick mode: every script runs and writes its JSON; nothing is timed against a target.
if (projects.includes('bench')) {
  if (run('benchmarks (quick)', 'npm', ['run', '--silent', 'bench', '--', '--quick'])) totals.passed++;
  else totals.failed++;
}

if (failures.length > 0) console.log(`\nFailed:\n${failures.map((line) => `  - ${line}`).join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
