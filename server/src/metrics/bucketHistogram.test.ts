import { Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { BucketHistogram } from './bucketHistogram.ts';

const BUCKETS = [0.001, 0.01, 0.1, 1];

describe('BucketHistogram', () => {
  it("writes exactly what prom-client's own histogram writes for the same observations", async () => {
    const ours = new Registry();
    const theirs = new Registry();
    const cheap = new BucketHistogram({ name: 'avaa_test_seconds', help: 'h', buckets: BUCKETS, registers: [ours] });
    const reference = new Histogram({ name: 'avaa_test_seconds', help: 'h', buckets: BUCKETS, registers: [theirs] });
    // On a bound, between bounds, below the first, past the last.
    for (const value of [0.0005, 0.001, 0.004, 0.01, 0.05, 0.5, 1, 7, 0]) {
      cheap.record(value);
      reference.observe(value);
    }
    expect(await ours.metrics()).toBe(await theirs.metrics());
  });

  it('puts its fixed labels on every line, before le', async () => {
    const registry = new Registry();
    const cheap = new BucketHistogram({
      name: 'avaa_test_seconds',
      help: 'h',
      buckets: BUCKETS,
      labels: { backend: 'sqlite' },
      registers: [registry],
    });
    cheap.record(0.02);
    const lines = (await registry.metrics()).split('\n').filter((line) => !line.startsWith('#') && line !== '');
    expect(lines).toEqual([
      'avaa_test_seconds_bucket{backend="sqlite",le="0.001"} 0',
      'avaa_test_seconds_bucket{backend="sqlite",le="0.01"} 0',
      'avaa_test_seconds_bucket{backend="sqlite",le="0.1"} 1',
      'avaa_test_seconds_bucket{backend="sqlite",le="1"} 1',
      'avaa_test_seconds_bucket{backend="sqlite",le="+Inf"} 1',
      'avaa_test_seconds_sum{backend="sqlite"} 0.02',
      'avaa_test_seconds_count{backend="sqlite"} 1',
    ]);
  });
});
