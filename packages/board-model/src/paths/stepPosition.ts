import * as Y from 'yjs';
import { keyBetween, spreadKeys } from '../fractionalKey.ts';
import type { RandomSource } from '../ids.ts';
import type { Position } from '../operations/position.ts';
import { isStepId, isStepPlacement, type StepId, type StepPlacement, stepsOf } from './pathSchema.ts';

export type PlacedStep = { readonly id: StepId; readonly entry: Y.Map<unknown>; readonly placement: StepPlacement };

/** A path's steps not removed, in order: by fractional key, ties broken by step id. */
export function liveSteps(path: Y.Map<unknown>): PlacedStep[] {
  const steps: PlacedStep[] = [];
  stepsOf(path).forEach((entry, id) => {
    if (!isStepId(id) || !(entry instanceof Y.Map) || entry.get('removed') === true) return;
    const placement = entry.get('placement');
    if (isStepPlacement(placement)) steps.push({ id, entry, placement });
  });
  return steps.sort(compareSteps);
}

function compareSteps(a: PlacedStep, b: PlacedStep): number {
  if (a.placement.key !== b.placement.key) return a.placement.key < b.placement.key ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A fractional key that puts a step at `position` among the path's other steps, as notes in a
 * cell: only the placed step is written, unless two neighbours share a key (a rare concurrent
 * insert), when the whole path is re-keyed first inside the caller's transaction.
 */
export function stepKey(
  path: Y.Map<unknown>,
  position: Position,
  moving: StepId | undefined,
  random: RandomSource,
): string {
  const others = liveSteps(path).filter((step) => step.id !== moving);
  const index = position === 'start' ? 0 : position === 'end' ? others.length : clamp(position, others.length);
  const low = others[index - 1]?.placement.key ?? null;
  const high = others[index]?.placement.key ?? null;
  if (low === null || high === null || low < high) return keyBetween(low, high, random);
  const keys = spreadKeys(others.length + 1);
  others.forEach((step, i) => {
    step.entry.set('placement', { phase: step.placement.phase, key: keys[i < index ? i : i + 1] as string });
  });
  return keys[index] as string;
}

function clamp(index: number, length: number): number {
  if (!Number.isFinite(index)) return length;
  return Math.max(0, Math.min(length, Math.trunc(index)));
}
