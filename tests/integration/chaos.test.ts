import { expect, test } from 'vitest';
import { runChaos } from '../chaos/chaos.ts';

// The chaos run's short mode (the full one: `npx node tests/chaos/run.ts`): 30 people typing two
// edits a second across three workshops while the server is killed with SIGKILL every 3-6 s.
test('no acknowledged edit is lost over kill -9 restarts, and every edit is there after resync', async () => {
  const previous = process.getMaxListeners();
  process.setMaxListeners(100);
  try {
    const report = await runChaos({
      clients: 30,
      workshops: 3,
      editsPerSecond: 2,
      durationMs: 20_000,
      killEveryMs: [3_000, 6_000],
      downMs: [300, 1_500],
      seed: 7,
    });
    console.log(`chaos: ${JSON.stringify(report)}`);
    expect(report.kills).toBeGreaterThanOrEqual(3);
    expect(report.acknowledged).toBeGreaterThan(report.edits / 2);
    expect(report.acknowledgedLost).toBe(0);
    expect(report.lostAfterResync).toBe(0);
    expect(report.unsavedAtEnd).toBe(0);
  } finally {
    process.setMaxListeners(previous);
  }
}, 120_000);
