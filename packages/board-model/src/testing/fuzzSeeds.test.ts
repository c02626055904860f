import { describe, expect, it } from 'vitest';
import { failureAdvice, planSeeds, withSeed } from './fuzzSeeds.ts';
import { PINNED_SEEDS } from './pinnedSeeds.ts';

const SUITE = 'boardModelConvergence';

describe('planSeeds', () => {
  it('runs the pinned seeds before the fixed ones by default', () => {
    expect(planSeeds({}, SUITE, [1, 2, 3])).toEqual({ mode: 'fixed', seeds: [...PINNED_SEEDS[SUITE], 1, 2, 3] });
  });

  it('runs fresh 32-bit seeds in the long mode, and one seed alone when asked', () => {
    const { mode, seeds } = planSeeds({ AVAA_FUZZ_RUNS: '50' }, SUITE, [1, 2, 3]);
    expect(mode).toBe('fresh');
    expect(seeds).toHaveLength(50);
    expect(new Set(seeds).size).toBeGreaterThan(45);
    for (const seed of seeds) expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
    expect(planSeeds({ AVAA_FUZZ_RUNS: '50', AVAA_FUZZ_SEED: '7' }, SUITE, [1])).toEqual({ mode: 'one', seeds: [7] });
  });

  it('draws more fresh seeds than the random source gives at once', () => {
    expect(planSeeds({ AVAA_FUZZ_RUNS: '40000' }, SUITE, []).seeds).toHaveLength(40_000);
  });

  it('refuses a seed that seededRandom would silently truncate', () => {
    expect(() => planSeeds({ AVAA_FUZZ_SEED: '4294967296' }, SUITE, [])).toThrow(/AVAA_FUZZ_SEED/);
    expect(() => planSeeds({ AVAA_FUZZ_SEED: '12ab' }, SUITE, [])).toThrow(/AVAA_FUZZ_SEED/);
  });
});

describe('withSeed', () => {
  const fail = () => {
    throw new Error('peers differ');
  };

  it('names a failing fresh seed with the line that pins it and the command that reruns it', async () => {
    const plan = planSeeds({ AVAA_FUZZ_RUNS: '1' }, SUITE, []);
    const [seed] = plan.seeds;
    const error = await withSeed(plan, SUITE, seed!, fail).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(new RegExp(`^seed ${seed}: peers differ`));
    expect(message).toContain(`\n    ${seed}, // `);
    expect(message).toContain(
      `AVAA_FUZZ_SEED=${seed} npx vitest run --project unit packages/board-model/src/convergence.test.ts`,
    );
  });

  it('names a failing fixed seed and how to rerun it, without asking to pin it again', async () => {
    const plan = planSeeds({}, 'serverConvergence', [5]);
    const message = await withSeed(plan, 'serverConvergence', 5, fail).catch((caught: Error) => caught.message);
    expect(message).toContain('seed 5: peers differ');
    expect(message).toContain(
      'AVAA_FUZZ_SEED=5 npx vitest run --project integration tests/integration/serverConvergence.test.ts',
    );
    expect(message).not.toContain('pinnedSeeds.ts');
    expect(failureAdvice(plan, 'serverConvergence', 5)).not.toContain('pin');
  });

  it('returns what the run returns', async () => {
    expect(await withSeed(planSeeds({}, SUITE, []), SUITE, 1, () => 'converged')).toBe('converged');
  });
});
