import { describe, expect, it } from 'vitest';
import { seededBoard } from '../testing/board.ts';
import { must, pathWith } from '../testing/paths.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { addStep } from './addStep.ts';
import { createPath } from './createPath.ts';
import { deletePath } from './deletePath.ts';
import { MAX_PATHS_PER_BOARD, MAX_STEPS_PER_PATH } from './pathRules.ts';
import { pathsMap, stepsOf } from './pathSchema.ts';
import { removeStep } from './removeStep.ts';

// The bounds the server holds every writer to (server/src/sync/pathLimits.ts): the operations
// refuse past them, so an honest client never sends a change the server drops.

describe('path limits', () => {
  it(`refuses a path past ${MAX_PATHS_PER_BOARD} on a board, deleted ones counted, and writes nothing`, () => {
    const doc = seededBoard();
    const random = seededRandom(1);
    const first = must(createPath(doc, { name: 'Kertakävijä' }, { random }));
    for (let index = 1; index < MAX_PATHS_PER_BOARD; index++)
      must(createPath(doc, { name: `Polku ${index}` }, { random }));
    must(deletePath(doc, first));
    expect(createPath(doc, { name: 'Yksi liikaa' }, { random })).toEqual({ ok: false, error: 'too-many-paths' });
    expect(pathsMap(doc).size).toBe(MAX_PATHS_PER_BOARD);
  });

  it(`refuses a step past ${MAX_STEPS_PER_PATH} in a path, removed ones counted, and writes nothing`, () => {
    const doc = seededBoard();
    const texts = Array.from({ length: MAX_STEPS_PER_PATH }, (_, index) => ({
      phase: 'during' as const,
      text: `Askel ${index}`,
    }));
    const { path, steps } = pathWith(doc, 'Monialainen tuki', texts);
    const [firstStep] = steps;
    if (firstStep) must(removeStep(doc, path, firstStep));
    expect(addStep(doc, path, { phase: 'ending', text: 'Yksi liikaa' })).toEqual({
      ok: false,
      error: 'too-many-steps',
    });
    const entry = pathsMap(doc).get(path);
    expect(entry && stepsOf(entry).size).toBe(MAX_STEPS_PER_PATH);
    // Another path has its own room.
    const other = pathWith(doc, 'Kertakävijä', [{ phase: 'start', text: 'Päivystys' }], 7);
    expect(other.steps).toHaveLength(1);
  });
});
