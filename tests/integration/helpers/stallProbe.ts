/**
 * Measures how late a 10 ms timer fires: the longest time the event loop was blocked. Like
 * perf_hooks' monitorEventLoopDelay, but readable per interval (`take` returns and resets).
 */
export function stallProbe(intervalMs = 10): { take(): number; stop(): void } {
  let expected = performance.now() + intervalMs;
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - expected);
    expected = now + intervalMs;
  }, intervalMs);
  return {
    take() {
      // A stall still in progress shows when the timer finally fires: count it too.
      const current = Math.max(worst, performance.now() - expected);
      worst = 0;
      return current;
    },
    stop: () => clearInterval(timer),
  };
}
