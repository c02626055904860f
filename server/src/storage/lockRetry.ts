/**
 * How long a write may stay locked out by another writer (another process on SQLite, another
 * transaction on PostgreSQL) before it fails: the room then closes with 1011 and nothing of it is
 * called saved. Both backends wait only briefly per attempt (SQLite's busy timeout, PostgreSQL's
 * lock_timeout) and retry here, so no writer holds the event loop or a pooled connection while
 * it waits.
 */
export const DEFAULT_LOCK_DEADLINE_MS = 10_000;

/**
 * Runs `attempt` until it does not fail with `locked`, waiting 10 ms, then twice as long each
 * time up to 500 ms between attempts; an attempt that would start past `deadlineMs` is not made
 * and the last error is thrown.
 */
export async function retryWhileLocked<T>(
  attempt: () => T | Promise<T>,
  locked: (error: unknown) => boolean,
  deadlineMs: number,
): Promise<T> {
  const started = performance.now();
  for (let wait = 10; ; wait = Math.min(wait * 2, 500)) {
    try {
      return await attempt();
    } catch (error) {
      if (!locked(error) || performance.now() - started + wait > deadlineMs) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
