import type * as Y from 'yjs';
import { endReadyCheckOnMove } from '../readyCheck/readyCheckOperations.ts';
import { fail, ok, type Result } from '../result.ts';
import { settingsMap } from '../workshop/schema.ts';

/**
 * The workshop's stages, in the method's order. The facilitator moves forwards and back freely:
 * a stage is what everyone's screen shows, not a gate, so going back never loses work.
 */
export const STAGES = ['setup', 'group-work', 'presentations', 'common-table', 'agreements'] as const;
export type Stage = (typeof STAGES)[number];
export const DEFAULT_STAGE: Stage = 'setup';

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/** The current stage; `setup` before the facilitator has chosen one or for a foreign value. */
export function readStage(doc: Y.Doc): Stage {
  const stage = settingsMap(doc).get('stage');
  return isStage(stage) ? stage : DEFAULT_STAGE;
}

/** The stage after `stage`, or null at the last one. */
export function nextStage(stage: Stage): Stage | null {
  return STAGES[STAGES.indexOf(stage) + 1] ?? null;
}

/** The stage before `stage`, or null at the first one. */
export function previousStage(stage: Stage): Stage | null {
  const index = STAGES.indexOf(stage);
  return index > 0 ? (STAGES[index - 1] as Stage) : null;
}

/**
 * One value in the settings map: two facilitators switching at once end on one stage (LWW).
 * Moving on ends an open ready check in the same transaction.
 */
export function setStage(doc: Y.Doc, stage: Stage): Result {
  if (!isStage(stage)) return fail('unknown-stage');
  if (settingsMap(doc).get('stage') === stage) return ok();
  doc.transact(() => {
    settingsMap(doc).set('stage', stage);
    endReadyCheckOnMove(doc);
  });
  return ok();
}
