/**
 * Every benchmark, one after another: `npm run bench` (full, for docs/performance.md) or
 * `npm run bench -- --quick` (small sizes, about a minute, for CI). Names pick some:
 * `npm run bench -- phone` runs the phone bench only (a name is a result's name or part of a
 * script's path); other `--options` go to the scripts. Checks nothing by wall clock: only that
 * each script exits cleanly and writes its JSON to bench/results/.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const names = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const options = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const root = fileURLToPath(new URL('..', import.meta.url));
const SCRIPTS: readonly [script: string, result: string][] = [
  ['bench/storage/storage.ts', 'storage'],
  // Issue 19: the WAL sync's CPU by path and through the held descriptor.
  ['bench/storage/walSyncCost.ts', 'walSyncCost'],
  ['bench/sync/compare.ts', 'syncCompare'],
  // Issue 19: CPU per edit and where it goes (figures that hold on a loaded machine).
  ['bench/sync/cost.ts', 'syncCost'],
  ['bench/sync/checkCost.ts', 'checkCost'],
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
  // Issue 19: a cheap phone on venue Wi-Fi beside a laptop (about 5 minutes, 2 with --quick).
  ['bench/browser/phone.ts', 'phone'],
];
const chosen = SCRIPTS.filter(
  ([script, result]) => names.length === 0 || names.some((name) => name === result || script.includes(name)),
);
if (chosen.length === 0) {
  console.error(`No benchmark named ${names.join(', ')}; there are: ${SCRIPTS.map(([, result]) => result).join(', ')}`);
  process.exit(1);
}

const failures: string[] = [];
for (const [script, result] of chosen) {
  const started = Date.now();
  console.log(`\n=== ${[script, ...options].join(' ')}`);
  const run = spawnSync(process.execPath, [script, ...options], { cwd: root, stdio: 'inherit' });
  // A script may name its results by a variant (phone-lighthouse.json for --phone-network=lighthouse).
  const written = readdirSync(`${root}bench/results`)
    .filter((name) => name === `${result}.json` || (name.startsWith(`${result}-`) && name.endsWith('.json')))
    .some((name) => statSync(`${root}bench/results/${name}`).mtimeMs >= started);
  if (run.status !== 0 || !written)
    failures.push(`${script}: exit ${run.status}, ${written ? 'JSON written' : 'no JSON'}`);
  console.log(`=== ${script}: ${Math.round((Date.now() - started) / 1000)} s`);
}
if (failures.length > 0) {
  console.error(`\nFailed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('\nAll benchmarks ran; results in bench/results/.');
