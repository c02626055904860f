/**
 * The marker stage over the generated photo set: `npm exec -- node bench/photo/markersBench.ts [DIR]`.
 * Generates the set's 21 12-megapixel photos into DIR (a temporary folder by default), runs
 * `detectSheets` on each (decoded first, not timed) and writes
 * bench/results/photoMarkers.json: per photo whether its sheet was found, with how many of its four
 * markers, the map's error over the cells' corners (photo px, sheet mm) and the time. No pass/fail.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluatePhoto, type MarkerResult } from './evaluate.ts';
import { generatePhoto, SET_SEEDS } from './generate.ts';

const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'avaa-photo-bench-'));
const results: MarkerResult[] = [];
for (const seed of SET_SEEDS) {
  const truth = await generatePhoto(seed, dir);
  const result = await evaluatePhoto(dir, truth);
  results.push(result);
  console.log(
    `${truth.photo.file} ${JSON.stringify(truth.spec)} tilt ${truth.tilt.toFixed(0)}° markers ${result.markersFound}/4 ` +
      `${result.meanPx.toFixed(2)} px ${result.meanMm.toFixed(2)} mm (max ${result.maxMm.toFixed(2)}) ${Math.round(result.ms)} ms`,
  );
}
const found = results.filter((r) => r.found);
const sorted = found.map((r) => r.ms).sort((a, b) => a - b);
const summary = {
  photos: results.length,
  sheetsFound: found.length,
  allFourMarkers: found.filter((r) => r.markersFound === 4).length,
  meanErrorPx: found.reduce((s, r) => s + r.meanPx, 0) / found.length,
  meanErrorMm: found.reduce((s, r) => s + r.meanMm, 0) / found.length,
  maxErrorPx: Math.max(...found.map((r) => r.maxPx)),
  maxErrorMm: Math.max(...found.map((r) => r.maxMm)),
  medianMs: sorted[Math.floor(sorted.length / 2)],
  maxMs: sorted.at(-1),
};
console.log(summary);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/photoMarkers.json', `${JSON.stringify({ summary, results }, null, 2)}\n`);
