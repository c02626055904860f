/**
 * Every benchmark, one after another: `npm run bench` (full, for docs/performance.md) or
 * `npm run bench -- --quick` (small sizes, about a minute, for CI). Checks nothing by wall clock:
 * only that each script exits cleanly and writes its JSON to bench/results/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const quick = process.argv.includes('--quick');
const root = fileURLToPath(new URL('..', import.meta.url));
const SCRIPTS: readonly [script: string, result: string][] = [
  ['bench/storage/storage.ts', 'storage'],
  ['bench/sync/compare.ts', 'syncCompare'],
  ['bench/sync/presence.ts', 'syncPresence'],
  ['bench/sync/capacity.ts', 'syncCapacity'],
  ['bench/proposeStacks.ts', 'proposeStacks'],
  ['bench/exportPdf.ts', 'exportPdf'],
  ['bench/exportXlsx.ts', 'exportXlsx'],
  ['bench/browser/board.ts', 'browser'],
  // PostgreSQL, Redis and 2-3 nodes (issue 8); needs the Debian packages the tests use.
  ['bench/multinode.ts', 'multinode'],
  // Issue 18: the reveal of 100 private notes from 10 people, until every screen shows them.
  ['bench/privateReveal.ts', 'privateReveal'],
];

const failures: string[] = [];
for (const [script, result] of SCRIPTS) {
  const started = Date.now();
  console.log(`\n=== ${script}${quick ? ' --quick' : ''}`);
  const run = spawnSync(process.execPath, [script, ...(quick ? ['--quick'] : [])], { cwd: root, stdio: 'inherit' });
  const file = `${root}bench/results/${result}.json`;
  const written = existsSync(file) && statSync(file).mtimeMs >= started;
  if (run.status !== 0 || !written)
    failures.push(`${script}: exit ${run.status}, ${written ? 'JSON written' : 'no JSON'}`);
  console.log(`=== ${script}: ${Math.round((Date.now() - started) / 1000)} s`);
}
if (failures.length > 0) {
  console.error(`\nFailed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('\nAll benchmarks ran; results in bench/results/.');
