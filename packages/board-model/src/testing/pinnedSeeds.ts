/**
 * Seeds that once failed a convergence run, replayed by every normal test run. The long mode
 * (`npm run fuzz`) prints the line to add here when a fresh seed fails; a seed is pinned with
 * its fix, so every seed here passes.
 */
export const PINNED_SEEDS = {
  /** packages/board-model/src/convergence.test.ts */
  boardModelConvergence: [
    // A peer with a pending update had already applied its delete of the old placement, so the
    // invariant check must skip peers that are mid-delivery (see isComplete).
    2,
  ],
  /** tests/integration/serverConvergence.test.ts */
  serverConvergence: [] as number[],
} as const satisfies Record<string, readonly number[]>;

export type FuzzSuite = keyof typeof PINNED_SEEDS;
