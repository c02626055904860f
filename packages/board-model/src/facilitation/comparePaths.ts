import type { PathView, StepView } from '../paths/readPaths.ts';
import type { PhaseId } from '../template.ts';
import type { RoundPath, RoundStep } from './roundPaths.ts';

export type RenamedPath = { readonly path: PathView; readonly before: string };
export type AddedStep = { readonly path: PathView; readonly step: StepView };
export type RemovedStep = { readonly path: PathView; readonly step: RoundStep };
/** `from` is the phase then; the step may stay in its phase and change its place in the path. */
export type MovedStep = { readonly path: PathView; readonly step: StepView; readonly from: PhaseId };
export type ResolvedRisk = {
  readonly path: PathView;
  readonly step: StepView;
  readonly risk: NonNullable<RoundStep['risk']>;
};

/**
 * How the service paths changed since a round. Steps are compared inside the paths both have
 * (a path added or removed is listed once, as such). A step is `moved` when its phase changed or
 * its place among the steps both have did (the fewest such steps: those out of the longest run
 * still in order). `risksAdded`: a step with a risk now that had none (or is new); `risksResolved`:
 * a step still there whose risk is gone; `filled`: a missing service then, linked to a note now.
 * `recorded` is false for a round closed before rounds kept paths: then every list is empty.
 */
export type PathComparison = {
  readonly recorded: boolean;
  readonly added: readonly PathView[];
  readonly removed: readonly RoundPath[];
  readonly renamed: readonly RenamedPath[];
  readonly stepsAdded: readonly AddedStep[];
  readonly stepsRemoved: readonly RemovedStep[];
  readonly stepsMoved: readonly MovedStep[];
  readonly risksAdded: readonly AddedStep[];
  readonly risksResolved: readonly ResolvedRisk[];
  readonly filled: readonly AddedStep[];
};

const NONE: Omit<PathComparison, 'recorded'> = {
  added: [],
  removed: [],
  renamed: [],
  stepsAdded: [],
  stepsRemoved: [],
  stepsMoved: [],
  risksAdded: [],
  risksResolved: [],
  filled: [],
};

/** Compares the live paths (`readPaths`) with those a round kept; pure. Lists follow the paths' order. */
export function comparePathsWithRound(
  current: readonly PathView[],
  before: readonly RoundPath[] | null,
): PathComparison {
  if (before === null) return { recorded: false, ...NONE };
  const then = new Map(before.map((path) => [path.id as string, path]));
  const now = new Set(current.map((path) => path.id as string));
  const changes = {
    recorded: true,
    added: current.filter((path) => !then.has(path.id)),
    removed: before.filter((path) => !now.has(path.id)),
    renamed: [] as RenamedPath[],
    stepsAdded: [] as AddedStep[],
    stepsRemoved: [] as RemovedStep[],
    stepsMoved: [] as MovedStep[],
    risksAdded: [] as AddedStep[],
    risksResolved: [] as ResolvedRisk[],
    filled: [] as AddedStep[],
  };
  for (const path of current) {
    const old = then.get(path.id);
    if (!old) continue;
    if (old.name !== path.name) changes.renamed.push({ path, before: old.name });
    compareSteps(path, old, changes);
  }
  return changes;
}

type Lists = Pick<
  PathComparison,
  'stepsAdded' | 'stepsRemoved' | 'stepsMoved' | 'risksAdded' | 'risksResolved' | 'filled'
>;
type Mutable<T> = { [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

function compareSteps(path: PathView, old: RoundPath, changes: Mutable<Lists>): void {
  const then = new Map(old.steps.map((step) => [step.id as string, step]));
  const now = new Set(path.steps.map((step) => step.id as string));
  const kept = path.steps.filter((step) => then.has(step.id));
  const inOrder = longestInOrder(kept.map((step) => old.steps.findIndex((s) => s.id === step.id)));
  kept.forEach((step, index) => {
    const was = then.get(step.id) as RoundStep;
    if (was.phase !== step.phase || !inOrder.has(index)) changes.stepsMoved.push({ path, step, from: was.phase });
    if (was.risk && !step.risk) changes.risksResolved.push({ path, step, risk: was.risk });
    if (!was.risk && step.risk) changes.risksAdded.push({ path, step });
    if (was.missingService && !step.missingService) changes.filled.push({ path, step });
  });
  for (const step of path.steps) {
    if (then.has(step.id)) continue;
    changes.stepsAdded.push({ path, step });
    if (step.risk) changes.risksAdded.push({ path, step });
  }
  for (const step of old.steps) if (!now.has(step.id)) changes.stepsRemoved.push({ path, step });
}

/** Indexes of a longest strictly increasing run in `values` (patience sorting, O(n log n)). */
function longestInOrder(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = [];
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((values[tails[middle] as number] as number) < value) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? (tails[low - 1] as number) : -1;
    tails[low] = index;
  });
  const run = new Set<number>();
  for (let at = tails.at(-1) ?? -1; at !== -1; at = previous[at] as number) run.add(at);
  return run;
}

/** Whether anything listed changed. */
export function hasPathChanges(comparison: PathComparison): boolean {
  return Object.values(comparison).some((list) => Array.isArray(list) && list.length > 0);
}
