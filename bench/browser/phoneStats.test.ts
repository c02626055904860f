import { describe, expect, it } from 'vitest';
import { intervals, max, median, percentile, status, targetTable } from './phoneStats.ts';

describe('the phone bench summaries', () => {
  it('takes nearest-rank percentiles whatever the order', () => {
    const values = [40, 10, 30, 20];
    expect(median(values)).toBe(20);
    expect(percentile(values, 0.75)).toBe(30);
    expect(max(values)).toBe(40);
    expect(percentile(values, 0.01)).toBe(10);
    expect(values).toEqual([40, 10, 30, 20]);
    // 20 frames, one long: p95 is the 19th, so one long frame in 20 does not make p95.
    const frames = [...Array.from({ length: 19 }, () => 16.7), 250];
    expect(percentile(frames, 0.95)).toBe(16.7);
    expect(percentile([...frames, 250], 0.95)).toBe(250);
    expect(median([])).toBeNaN();
  });

  it('turns frame timestamps into the time between frames', () => {
    expect(intervals([100, 116.5, 150, 166.5])).toEqual([16.5, 33.5, 16.5]);
    expect(intervals([100])).toEqual([]);
  });

  it('judges a target by the median, and says nothing without a target or a figure', () => {
    expect(status([900, 1200, 950], 1000)).toBe('met');
    expect(status([1000, 1200, 950], 1000)).toBe('missed');
    expect(status([900], null)).toBe('');
    expect(status([], 1000)).toBe('');
  });

  it('puts the phone and the laptop side by side against each target', () => {
    const [row] = targetTable([{ measure: 'cold', targetMs: 3000, phone: [3100, 2900, 4000], laptop: [800.4] }]);
    expect(row).toEqual({
      measure: 'cold',
      target: '< 3000 ms',
      'phone median': 3100,
      'phone max': 4000,
      phone: 'missed',
      'laptop median': 800,
      'laptop max': 800,
      laptop: 'met',
      runs: '3 / 1',
    });
    // Two 60 Hz frames are 33.4 ms: shown as such, and not under a 33 ms target.
    const [frames] = targetTable([{ measure: 'p95', targetMs: 33, phone: [33.4, 49.9], laptop: [16.7] }]);
    expect([frames?.['phone median'], frames?.phone, frames?.['laptop median'], frames?.laptop]).toEqual([
      33.4,
      'missed',
      16.7,
      'met',
    ]);
  });
});
