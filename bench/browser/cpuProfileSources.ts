/**
 * A V8 CPU profile's self time by source file: each sampled function's place in the build's
 * chunk mapped back through the chunk's source map (the build has them), node_modules folded to
 * their package. For the phone's start-up (phoneWaterfall.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

/** What the profile (CDP `Profiler.stop`) holds that is read here. */
type CpuProfile = {
  nodes: { id: number; callFrame: { url: string; lineNumber: number; columnNumber: number; functionName: string } }[];
  startTime: number;
  endTime: number;
  samples?: number[];
};

const fold = (source: string) =>
  source
    .replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
    .replace(/^.*?((apps|packages)\/[^/]+\/src\/[^/]+).*/, '$1');

export async function profileBySource(profile: CpuProfile, dist: string): Promise<string> {
  const maps = new Map<string, SourceMapConsumer | null>();
  const mapOf = (url: string) => {
    const path = url.startsWith('http') ? new URL(url).pathname : '';
    if (!maps.has(path)) {
      const file = join(dist, `${path}.map`);
      maps.set(
        path,
        path.startsWith('/assets/') && existsSync(file)
          ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8')))
          : null,
      );
    }
    return maps.get(path) ?? null;
  };
  const selfMs = new Map<string, number>();
  const interval = profile.samples?.length ? (profile.endTime - profile.startTime) / profile.samples.length / 1000 : 0;
  const hits = new Map<number, number>();
  for (const id of profile.samples ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
  for (const node of profile.nodes) {
    const count = hits.get(node.id) ?? 0;
    if (!count) continue;
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    let where = url ? new URL(url).pathname : `(${functionName || 'native'})`;
    const map = url ? mapOf(url) : null;
    if (map) {
      const original = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
      where = original.source ? fold(original.source) : where;
      if (process.env.PROFILE_DETAIL && original.source && !original.source.includes('node_modules'))
        where = `${original.source.replace(/^.*?(apps|packages)\//, '$1/')}:${original.line} ${functionName}`;
    }
    selfMs.set(where, (selfMs.get(where) ?? 0) + count * interval);
  }
  const total = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0);
  const rows = [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 25);
  return [
    `  profile: ${Math.round(total)} ms sampled`,
    ...rows.map(([where, ms]) => `  ${String(Math.round(ms)).padStart(6)} ${where}`),
  ].join('\n');
}
