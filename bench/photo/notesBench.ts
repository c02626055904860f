/**
 * The note stage over the generated photo set: `npm exec -- node bench/photo/notesBench.ts [DIR]`.
 * Generates the set's 21 12-megapixel photos into DIR (a temporary folder by default; photos
 * already there are read again), finds each photo's sheet (not timed), runs `segmentNotes` and
 * measures it against the truth: notes detected (matched by overlap), detected notes in the right
 * cell, in a wrong cell with and without a flag, colour right, and the stage's time (wall and CPU)
 * per photo. Prints a table and writes bench/results/photoNotes.json. No pass/fail here: the bars
 * are asserted in photoSet.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateNotes, MATCH_IOU, type NotesResult, summariseNotes } from './evaluateNotes.ts';
import { generatePhoto, readTruth, SET_SEEDS, type Truth } from './generate.ts';

const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'avaa-photo-bench-'));
const results: NotesResult[] = [];
console.log(
  'photo            printout                 notes found detected right-cell wrong(flag/no) colour   ms   cpu',
);
for (const seed of SET_SEEDS) {
  const file = join(dir, `photo-${String(seed).padStart(3, '0')}.json`);
  const truth: Truth = existsSync(file) ? readTruth(dir, seed) : await generatePhoto(seed, dir);
  const { notes: _, ...result } = await evaluateNotes(dir, truth);
  results.push(result);
  const spec = JSON.stringify(truth.spec).replace(/["{}]/g, '').slice(0, 24);
  console.log(
    `${truth.photo.file.padEnd(16)} ${spec.padEnd(24)} ${String(result.truthNotes).padStart(5)} ${String(result.found).padStart(5)} ` +
      `${String(result.detected).padStart(8)} ${String(result.rightCell).padStart(10)} ` +
      `${`${result.wrongFlagged}/${result.wrongUnflagged}`.padStart(15)} ${String(result.rightColour).padStart(6)} ` +
      `${String(Math.round(result.ms)).padStart(5)} ${String(Math.round(result.cpuMs)).padStart(5)}`,
  );
}
const summary = { matchIou: MATCH_IOU, ...summariseNotes(results) };
console.log(
  `notes detected ${(100 * summary.detectedShare).toFixed(1)} % (${summary.detected} of ${summary.truthNotes}), ` +
    `in the right cell ${(100 * summary.rightCellShare).toFixed(1)} %, wrong cell flagged ${summary.wrongFlagged}, ` +
    `unflagged ${summary.wrongUnflagged}, colour right ${(100 * summary.rightColourShare).toFixed(1)} %, ` +
    `spurious ${summary.spurious} (${summary.spuriousUnflagged} unflagged), flagged ${summary.flagged} of ${summary.detected + summary.spurious} ` +
    `(colour uncertain ${summary.colourUncertain}), mean IoU ${summary.meanIou.toFixed(3)}; stage ${Math.round(summary.medianMs)} ms median, ${Math.round(summary.maxMs)} ms max ` +
    `(CPU ${Math.round(summary.medianCpuMs)} ms median, ${Math.round(summary.maxCpuMs)} ms max)`,
);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/photoNotes.json', `${JSON.stringify({ summary, results }, null, 2)}\n`);
