/**
 * `npm run fuzz`: the convergence tests on fresh random seeds instead of their fixed ones.
 * `npm run fuzz -- --runs 2000 --server-runs 50` (defaults 500 and 20). Each seed is printed
 * before it runs; a failing one prints the line that pins it in
 * packages/board-model/src/testing/pinnedSeeds.ts and the command that reruns it alone.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '500' }, 'server-runs': { type: 'string', default: '20' } },
});

const suites = [
  {
    label: 'board-model convergence',
    runs: values.runs,
    project: 'unit',
    file: 'packages/board-model/src/convergence.test.ts',
  },
  {
    label: 'server convergence',
    runs: values['server-runs'],
    project: 'integration',
    file: 'tests/integration/serverConvergence.test.ts',
  },
];

let failed = false;
for (const suite of suites) {
  console.log(`\n=== ${suite.label}: ${suite.runs} fresh seeds`);
  const started = Date.now();
  const result = spawnSync('npx', ['vitest', 'run', '--project', suite.project, suite.file], {
    stdio: 'inherit',
    env: { ...process.env, AVAA_FUZZ_RUNS: suite.runs },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  const ok = result.status === 0;
  console.log(`=== ${suite.label}: ${ok ? 'passed' : 'FAILED'} (${suite.runs} seeds, ${seconds} s)`);
  failed ||= !ok;
}
process.exit(failed ? 1 : 0);
