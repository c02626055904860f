/**
 * The whole paper-to-table pipeline over the generated photo set:
 * `npm exec -- node bench/photo/pipelineBench.ts [DIR] [seed ...]` (all of SET_SEEDS by default).
 *
 * 1. In this process, per 12-megapixel photo, `readPhoto`'s time by stage (decode, markers, notes,
 *    OCR, encode) twice: with the segmentation stage as it is (server/src/photo/notes.ts), and
 *    with the generator's truth in its place (truthNotes.ts), so that text recognition and
 *    encoding are measured on every note of the photo whatever the segmentation finds. The second
 *    also says how much text recognition read: notes with text, and text exactly right.
 * 2. Through `PhotoDetector` (the server's pool of photo worker processes), the photos one after
 *    another, with the main thread's event-loop delay (perf_hooks) watched meanwhile: the bar is
 *    under 100 ms.
 *
 * Prints a table and writes bench/results/photoPipeline.json. No pass/fail.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { silentLogger } from '../../server/src/log.ts';
import { DEFAULT_PHOTO_LIMITS, PhotoDetector } from '../../server/src/photo/detect.ts';
import { readPhoto, type StageMs } from '../../server/src/photo/readPhoto.ts';
import { TextReader } from '../../server/src/photo/text.ts';
import { generatePhoto, SET_SEEDS, type Truth } from './generate.ts';
import { truthCrop, truthNotes } from './truthNotes.ts';

const [dirArg, ...seedArgs] = process.argv.slice(2);
const dir = dirArg ?? mkdtempSync(join(tmpdir(), 'avaa-photo-pipeline-'));
const seeds = seedArgs.length > 0 ? seedArgs.map(Number) : SET_SEEDS;
const round = (ms: number) => Math.round(ms);
const total = (ms: StageMs) => ms.decode + ms.markers + ms.notes + ms.ocr + ms.encode;

type Row = {
  seed: number;
  printout: string;
  megapixels: number;
  notes: number;
  pipeline: { found: number; ms: StageMs; totalMs: number };
  truthNotes: { ms: StageMs; totalMs: number; withText: number; exact: number; ocrMsPerNote: number };
  workerMs?: number;
};

const truths: Truth[] = [];
for (const seed of seeds) truths.push(await generatePhoto(seed, dir));
const bodies = truths.map((truth) => readFileSync(join(dir, truth.photo.file)));

// As many engines as the photo worker starts (photoWorker.ts).
const reader = await TextReader.start('fi', Math.min(2, availableParallelism()));
const rows: Row[] = [];
for (const [i, truth] of truths.entries()) {
  const body = bodies[i]!;
  const options = { language: truth.language, reader };
  const pipeline = await readPhoto(body, options);
  const placed = truthNotes(truth);
  const truthRun = await readPhoto(body, { ...options, segment: () => placed, crop: truthCrop });
  if (!pipeline.ok || !truthRun.ok) {
    console.log(`seed ${truth.seed}: ${pipeline.ok ? '' : pipeline.error} ${truthRun.ok ? '' : truthRun.error}`);
    continue;
  }
  const wanted = truth.notes.filter((note) => note.cell !== undefined).map((note) => note.text.toLowerCase());
  const read = truthRun.notes.map((note) => note.text.replace(/\n/g, ' ').toLowerCase());
  rows.push({
    seed: truth.seed,
    printout: JSON.stringify(truth.spec),
    megapixels: (truth.photo.width * truth.photo.height) / 1e6,
    notes: truth.notes.length,
    pipeline: { found: pipeline.notes.length, ms: pipeline.ms, totalMs: total(pipeline.ms) },
    truthNotes: {
      ms: truthRun.ms,
      totalMs: total(truthRun.ms),
      withText: read.filter((text) => text !== '').length,
      exact: read.filter((text, n) => text === wanted[n]).length,
      ocrMsPerNote: truthRun.ms.ocr / Math.max(1, placed.length),
    },
  });
}
await reader.close();

// The server's way: a worker process per photo pool, the main thread only moving bytes.
const detector = new PhotoDetector(DEFAULT_PHOTO_LIMITS, silentLogger);
// The pool's workers never keep a process alive (a server has its sockets for that).
const alive = setInterval(() => {}, 1000);
await detector.detectPhoto(bodies[0]!, { language: 'fi' }); // the worker's start, not measured
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
for (const [i, truth] of truths.entries()) {
  const started = performance.now();
  await detector.detectPhoto(bodies[i]!, { language: truth.language });
  const row = rows.find((r) => r.seed === truth.seed);
  if (row) row.workerMs = performance.now() - started;
}
delay.disable();
detector.close();
clearInterval(alive);

console.log(
  'seed  printout                                    MP  notes found | decode markers notes   ocr encode  total | truth: ocr encode total text exact | worker',
);
for (const r of rows) {
  const p = r.pipeline.ms;
  const t = r.truthNotes;
  console.log(
    `${String(r.seed).padStart(4)}  ${r.printout.padEnd(42)} ${r.megapixels.toFixed(0).padStart(3)} ${String(r.notes).padStart(6)} ${String(r.pipeline.found).padStart(5)} |` +
      ` ${[p.decode, p.markers, p.notes, p.ocr, p.encode, r.pipeline.totalMs].map((ms) => String(round(ms)).padStart(6)).join('')} |` +
      ` ${[t.ms.ocr, t.ms.encode, t.totalMs].map((ms) => String(round(ms)).padStart(6)).join('')} ${String(t.withText).padStart(4)} ${String(t.exact).padStart(5)} |` +
      ` ${String(round(r.workerMs ?? 0)).padStart(6)}`,
  );
}
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? 0;
const truthTotals = rows.map((r) => r.truthNotes.totalMs);
const summary = {
  photos: rows.length,
  pipelineMedianMs: round(median(rows.map((r) => r.pipeline.totalMs))),
  pipelineMaxMs: round(Math.max(...rows.map((r) => r.pipeline.totalMs))),
  truthNotesMedianMs: round(median(truthTotals)),
  truthNotesMaxMs: round(Math.max(...truthTotals)),
  ocrMsPerNote: round(median(rows.map((r) => r.truthNotes.ocrMsPerNote))),
  notesWithText: rows.reduce((s, r) => s + r.truthNotes.withText, 0),
  notesExact: rows.reduce((s, r) => s + r.truthNotes.exact, 0),
  notesPlaced: rows.reduce((s, r) => s + truthNotes(truths.find((t) => t.seed === r.seed)!).length, 0),
  workerMedianMs: round(median(rows.map((r) => r.workerMs ?? 0))),
  workerMaxMs: round(Math.max(...rows.map((r) => r.workerMs ?? 0))),
  eventLoopDelayMaxMs: round(delay.max / 1e6),
  eventLoopDelayP99Ms: round(delay.percentile(99) / 1e6),
};
console.log(summary);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/photoPipeline.json', `${JSON.stringify({ summary, rows }, null, 2)}\n`);
