/**
 * Summaries for the phone bench: median, max and nearest-rank percentiles of a few runs or of a
 * scroll's frame intervals, and the side-by-side table of the two profiles against the targets.
 */

/** The nearest-rank percentile (0 < share <= 1) of `values`; NaN when there are none. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(share * sorted.length)));
  return sorted[rank - 1] as number;
}

export const median = (values: readonly number[]) => percentile(values, 0.5);
export const max = (values: readonly number[]) => percentile(values, 1);

/** Consecutive differences of frame timestamps (ms), in their order. */
export function intervals(frames: readonly number[]): number[] {
  return frames.slice(1).map((at, index) => at - (frames[index] as number));
}

/** One measure's figures per profile (ms): several runs, or one frame statistic per gesture. */
export type Measured = {
  readonly measure: string;
  /** Under this many ms is met; none: reported only. */
  readonly targetMs: number | null;
  readonly phone: readonly number[];
  readonly laptop: readonly number[];
};

/** Whole ms, but a tenth below 100 ms: frames come in steps of 16.7 ms, and 33.4 is not under 33. */
const figure = (value: number) =>
  Number.isNaN(value) ? '' : Math.abs(value) < 100 ? Math.round(value * 10) / 10 : Math.round(value);

/** Met when the median is under the target; empty when there is no target or no figure. */
export function status(values: readonly number[], targetMs: number | null): string {
  const middle = median(values);
  if (targetMs === null || Number.isNaN(middle)) return '';
  return middle < targetMs ? 'met' : 'missed';
}

/** The printed table: each measure's target and, per profile, median, max and whether it is met. */
export function targetTable(measured: readonly Measured[]): Record<string, string | number>[] {
  return measured.map(({ measure, targetMs, phone, laptop }) => ({
    measure,
    target: targetMs === null ? '' : `< ${targetMs} ms`,
    'phone median': figure(median(phone)),
    'phone max': figure(max(phone)),
    phone: status(phone, targetMs),
    'laptop median': figure(median(laptop)),
    'laptop max': figure(max(laptop)),
    laptop: status(laptop, targetMs),
    runs: `${phone.length} / ${laptop.length}`,
  }));
}
