import { join } from 'node:path';
import { sameSpec } from '@avaa/print/markers';
import type { Point } from '../../server/src/photo/homography.ts';
import { detectSheets } from '../../server/src/photo/markers.ts';
import { type SegmentedNote, segmentNotes } from '../../server/src/photo/notes.ts';
import { insidePolygon, spread } from '../../server/src/photo/placement.ts';
import { decode } from './evaluate.ts';
import type { Truth } from './generate.ts';

/** A found note is the detection of a true note when they overlap by this much (intersection over union, on the sheet). */
export const MATCH_IOU = 0.5;

/** The flags that tell a reviewer to check a note's cell (a colour doubt does not). */
const CELL_FLAGS = ['crossesBorder', 'offTable', 'covered'];

export type NotesResult = {
  readonly seed: number;
  readonly truthNotes: number;
  readonly found: number;
  /** True notes a found note matched. */
  readonly detected: number;
  /** Found notes matching no true note, and of those the ones without a flag to check their cell. */
  readonly spurious: number;
  readonly spuriousUnflagged: number;
  /** Of the detected: in the true note's cell; in another cell with a flag; in another without. */
  readonly rightCell: number;
  readonly wrongFlagged: number;
  readonly wrongUnflagged: number;
  readonly rightColour: number;
  /** Found notes with a flag, and those with `colourUncertain`. */
  readonly flagged: number;
  readonly colourUncertain: number;
  readonly meanIou: number;
  /** The note stage's time (segmentation, not decoding or markers): wall clock, and CPU (which a loaded machine inflates less). */
  readonly ms: number;
  readonly cpuMs: number;
  /** The true notes missed, by index, and the wrongly placed found ones (to look at). */
  readonly missed: readonly number[];
  readonly wrong: readonly { truth: number; cell: string; truthCell: string | undefined; flags: readonly string[] }[];
};

function area(poly: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!;
    const b = poly[(i + 1) % poly.length]!;
    sum += a.x * b.y - b.x * a.y;
  }
  return Math.abs(sum) / 2;
}

/** Intersection over union of two quadrilaterals, the intersection sampled from both sides. */
export function iou(a: readonly Point[], b: readonly Point[]): number {
  const share = (p: readonly Point[], q: readonly Point[]) => {
    const points = spread(p, 24);
    return (points.filter((x) => insidePolygon(q, x)).length / points.length) * area(p);
  };
  const shared = (share(a, b) + share(b, a)) / 2;
  return shared / (area(a) + area(b) - shared);
}

/** Pairs found notes with true ones, best overlap first, each at most once. */
export function matchNotes(found: readonly SegmentedNote[], truth: Truth): Map<number, number> {
  const pairs: { f: number; t: number; iou: number }[] = [];
  found.forEach((note, f) => {
    truth.notes.forEach((t, ti) => {
      const v = iou(note.cornersMm, t.page);
      if (v >= MATCH_IOU) pairs.push({ f, t: ti, iou: v });
    });
  });
  pairs.sort((a, b) => b.iou - a.iou);
  const byFound = new Map<number, number>();
  const taken = new Set<number>();
  for (const p of pairs) {
    if (byFound.has(p.f) || taken.has(p.t)) continue;
    byFound.set(p.f, p.t);
    taken.add(p.t);
  }
  return byFound;
}

/** Runs markers then notes on one generated photo and measures the note stage against its truth. */
export async function evaluateNotes(dir: string, truth: Truth): Promise<NotesResult & { notes: SegmentedNote[] }> {
  const photo = await decode(join(dir, truth.photo.file));
  const sheets = detectSheets(photo).filter((s) => sameSpec(s.spec, truth.spec) && s.sheet === truth.sheet);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const notes = segmentNotes(photo, sheets);
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - started;
  const matches = matchNotes(notes, truth);
  let [rightCell, wrongFlagged, wrongUnflagged, rightColour, iouSum] = [0, 0, 0, 0, 0];
  const wrong: NotesResult['wrong'][number][] = [];
  for (const [f, t] of matches) {
    const note = notes[f]!;
    const real = truth.notes[t]!;
    iouSum += iou(note.cornersMm, real.page);
    if (note.colour === real.colour) rightColour++;
    if (note.cell === real.cell) {
      rightCell++;
      continue;
    }
    const flagged = note.flags.some((flag) => CELL_FLAGS.includes(flag));
    if (flagged) wrongFlagged++;
    else wrongUnflagged++;
    wrong.push({ truth: t, cell: note.cell, truthCell: real.cell, flags: note.flags });
  }
  const matchedTruth = new Set(matches.values());
  return {
    seed: truth.seed,
    truthNotes: truth.notes.length,
    found: notes.length,
    detected: matches.size,
    spurious: notes.length - matches.size,
    spuriousUnflagged: notes.filter((n, i) => !matches.has(i) && !n.flags.some((f) => CELL_FLAGS.includes(f))).length,
    rightCell,
    wrongFlagged,
    wrongUnflagged,
    rightColour,
    flagged: notes.filter((n) => n.flags.length > 0).length,
    colourUncertain: notes.filter((n) => n.flags.includes('colourUncertain')).length,
    meanIou: iouSum / Math.max(1, matches.size),
    ms,
    cpuMs: (used.user + used.system) / 1000,
    missed: truth.notes.flatMap((_, i) => (matchedTruth.has(i) ? [] : [i])),
    wrong,
    notes,
  };
}

/** The set's figures from the photos' results. */
export function summariseNotes(results: readonly NotesResult[]) {
  const total = (f: (r: NotesResult) => number) => results.reduce((s, r) => s + f(r), 0);
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  const cpu = results.map((r) => r.cpuMs).sort((a, b) => a - b);
  const truthNotes = total((r) => r.truthNotes);
  const detected = total((r) => r.detected);
  return {
    photos: results.length,
    truthNotes,
    detected,
    detectedShare: detected / truthNotes,
    spurious: total((r) => r.spurious),
    spuriousUnflagged: total((r) => r.spuriousUnflagged),
    rightCellShare: total((r) => r.rightCell) / detected,
    wrongFlagged: total((r) => r.wrongFlagged),
    wrongUnflagged: total((r) => r.wrongUnflagged),
    rightColourShare: total((r) => r.rightColour) / detected,
    flagged: total((r) => r.flagged),
    colourUncertain: total((r) => r.colourUncertain),
    meanIou: total((r) => r.meanIou * r.detected) / detected,
    medianMs: sorted[Math.floor(sorted.length / 2)]!,
    maxMs: sorted.at(-1)!,
    medianCpuMs: cpu[Math.floor(cpu.length / 2)]!,
    maxCpuMs: cpu.at(-1)!,
  };
}
