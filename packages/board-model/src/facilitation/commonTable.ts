import type * as Y from 'yjs';
import { ok, type Result } from '../result.ts';
import { settingsMap } from '../workshop/schema.ts';
import { readStage } from './stage.ts';

/** The facilitator's choice, one value in the settings map; absent means read-only. */
const OPEN_KEY = 'commonTableOpenInGroupWork';

/** Whether the facilitator lets participants write the common table during group work. */
export function readCommonTableOpenInGroupWork(doc: Y.Doc): boolean {
  return settingsMap(doc).get(OPEN_KEY) === true;
}

export function setCommonTableOpenInGroupWork(doc: Y.Doc, open: boolean): Result {
  if (readCommonTableOpenInGroupWork(doc) !== open) settingsMap(doc).set(OPEN_KEY, open);
  return ok();
}

/**
 * The one rule, read by the server on every write and by the UI: during group work the common
 * table is read-only for participants (their notes belong on their group's board, where the merge
 * finds them), unless the facilitator opened it. The facilitator always writes.
 */
export function isCommonTableLocked(doc: Y.Doc): boolean {
  return readStage(doc) === 'group-work' && !readCommonTableOpenInGroupWork(doc);
}
