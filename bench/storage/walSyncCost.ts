/**
 * What the WAL sync after each commit costs the server besides the disk's wait:
 * `npx node bench/storage/walSyncCost.ts [--quick]`. The same fdatasync, by path (open,
 * fdatasync, close: three thread-pool round trips, each waking the event loop) and through the
 * descriptor the storage holds (storage/walSync.ts `heldFileSync`: one), alternately, on a real
 * file. CPU time of this process per sync (process.cpuUsage: the event loop and the pool's
 * threads; waiting for the disk does not count), median of the passes. Writes
 * bench/results/walSyncCost.json. Count the system calls with
 * `strace -f -c node bench/storage/walSyncCost.ts`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fdatasyncFile, heldFileSync, type SyncFile } from '../../server/src/storage/walSync.ts';
import { QUICK, report } from '../report.ts';
import { round } from '../sync/load.ts';

const SYNCS = QUICK ? 100 : 1000;
const PASSES = QUICK ? 2 : 5;
const dir = mkdtempSync(join(tmpdir(), 'avaa-walsync-'));
const path = join(dir, 'avaa.sqlite-wal');
writeFileSync(path, 'frames');
const held = heldFileSync();

async function pass(sync: SyncFile): Promise<number> {
  const start = process.cpuUsage();
  for (let index = 0; index < SYNCS; index++) await sync(path);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / SYNCS;
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const byPath: number[] = [];
const holding: number[] = [];
for (let index = 0; index < PASSES; index++) {
  byPath.push(await pass(fdatasyncFile));
  holding.push(await pass(held.sync));
}
held.close();
rmSync(dir, { recursive: true, force: true });
report('walSyncCost', [
  { sync: 'open, fdatasync, close', 'CPU µs per sync': round(median(byPath), 1), syncs: SYNCS, passes: PASSES },
  { sync: 'held descriptor', 'CPU µs per sync': round(median(holding), 1), syncs: SYNCS, passes: PASSES },
]);
