import { type FuzzSuite, PINNED_SEEDS } from './pinnedSeeds.ts';

// The domain package compiles without Node's or the DOM's types; Node provides both at test time.
declare const crypto: { getRandomValues(values: Uint32Array): Uint32Array };
declare const console: { info(line: string): void };

export type FuzzEnv = Readonly<Record<string, string | undefined>>;

/** Which seeds a convergence test runs, and whether they are fresh ones from the long mode. */
export type SeedPlan = { mode: 'fixed' | 'fresh' | 'one'; seeds: readonly number[] };

/** How to rerun one seed of each suite alone. */
const RERUN: Record<FuzzSuite, string> = {
  boardModelConvergence: 'npx vitest run --project unit packages/board-model/src/convergence.test.ts',
  serverConvergence: 'npx vitest run --project integration tests/integration/serverConvergence.test.ts',
};

function parseSeed(text: string, name: string): number {
  const seed = Number(text);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) throw new Error(`${name} must be 0..2^32-1, not ${text}`);
  return seed;
}

/** getRandomValues fills at most 64 KiB at a time. */
const SEEDS_PER_DRAW = 16_384;

/** Fresh seeds from the operating system's random source (seededRandom takes 32 bits). */
export function freshSeeds(count: number): number[] {
  const seeds: number[] = [];
  while (seeds.length < count) {
    seeds.push(...crypto.getRandomValues(new Uint32Array(Math.min(SEEDS_PER_DRAW, count - seeds.length))));
  }
  return seeds;
}

/**
 * The seeds of one run: `AVAA_FUZZ_SEED=n` replays one seed; `AVAA_FUZZ_RUNS=n` runs n fresh
 * seeds (the long mode); otherwise the pinned seeds and then the suite's fixed seeds.
 */
export function planSeeds(env: FuzzEnv, suite: FuzzSuite, fixed: readonly number[]): SeedPlan {
  if (env.AVAA_FUZZ_SEED) return { mode: 'one', seeds: [parseSeed(env.AVAA_FUZZ_SEED, 'AVAA_FUZZ_SEED')] };
  if (env.AVAA_FUZZ_RUNS) return { mode: 'fresh', seeds: freshSeeds(parseSeed(env.AVAA_FUZZ_RUNS, 'AVAA_FUZZ_RUNS')) };
  return { mode: 'fixed', seeds: [...PINNED_SEEDS[suite], ...fixed] };
}

/** What a failing seed prints: how to rerun it alone and, for a fresh seed, the line that pins it. */
export function failureAdvice(plan: SeedPlan, suite: FuzzSuite, seed: number): string {
  const rerun = `Rerun only this seed: AVAA_FUZZ_SEED=${seed} ${RERUN[suite]}`;
  if (plan.mode !== 'fresh') return rerun;
  return [
    `To pin it once it is fixed, add this line to ${suite} in packages/board-model/src/testing/pinnedSeeds.ts:`,
    `    ${seed}, // what diverged, in a few words`,
    rerun,
  ].join('\n');
}

/**
 * Runs one seed. Outside the fixed seeds the seed is printed first, so a run that hangs or
 * crashes still names it; a failure names the seed and how to rerun (and pin) it, and keeps
 * its own stack and diff.
 */
export async function withSeed<T>(
  plan: SeedPlan,
  suite: FuzzSuite,
  seed: number,
  run: () => T | Promise<T>,
): Promise<T> {
  if (plan.mode !== 'fixed') console.info(`seed ${seed}: ${suite}`);
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error) error.message = `seed ${seed}: ${error.message}\n\n${failureAdvice(plan, suite, seed)}`;
    throw error;
  }
}
