import type * as Y from 'yjs';
import { cryptoRandom, type RandomSource } from '../ids.ts';
import type { Position } from '../operations/position.ts';
import { fail, ok, type Result } from '../result.ts';
import { isPhaseId, type PhaseId } from '../template.ts';
import { isStepPlacement, livePathEntry, liveStepEntry, type PathId, type StepId } from './pathSchema.ts';
import { stepKey } from './stepPosition.ts';

/** Where a step goes: an index among the path's other steps (or either end), and its phase if it changes. */
export type StepPlace = { readonly position: Position; readonly phase?: PhaseId };

/**
 * Moves a step to a new place in its path, and into another phase if told. Phase and key are
 * written as one value, so concurrent moves of one step leave it in exactly one place.
 */
export function moveStep(
  doc: Y.Doc,
  path: PathId,
  step: StepId,
  to: StepPlace,
  options: { readonly random?: RandomSource } = {},
): Result {
  if (to.phase !== undefined && !isPhaseId(to.phase)) return fail('unknown-phase');
  const pathEntry = livePathEntry(doc, path);
  if (!pathEntry) return fail('unknown-path');
  const entry = liveStepEntry(pathEntry, step);
  if (!entry) return fail('unknown-step');
  const placement = entry.get('placement');
  if (!isStepPlacement(placement)) return fail('unknown-step');
  doc.transact(() => {
    const key = stepKey(pathEntry, to.position, step, options.random ?? cryptoRandom);
    entry.set('placement', { phase: to.phase ?? placement.phase, key });
  });
  return ok();
}
