import { MERGE_ORIGIN, type MergeSummary, mergeGroupBoards, type OperationError } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import type * as Y from 'yjs';
import { closeGroupBoard, connectGroupBoard, whenSynced } from '../doc/groupBoards.ts';

const SYNC_TIMEOUT_MS = 15_000;

export type MergeOutcome =
  | {
      readonly ok: true;
      readonly summary: MergeSummary;
      /** The merge's step on the undo stack, or null when it wrote nothing. */
      readonly step: unknown;
      readonly groups: readonly number[];
      readonly ms: number;
    }
  | { readonly ok: false; readonly problem: 'not-synced' }
  | { readonly ok: false; readonly problem: 'refused'; readonly error: OperationError };

/**
 * "Merge the groups' notes": opens every group's room, waits until each has synced with the
 * server (a half-loaded board would look like deleted notes), merges them into the common table
 * in one transaction with MERGE_ORIGIN (one step on the facilitator's undo stack, kept apart
 * from edits made just before or after), then closes the rooms again.
 */
export async function mergeGroups(
  workshopId: WorkshopId,
  token: string,
  groups: readonly number[],
  common: Y.Doc,
  undo: Y.UndoManager | null,
): Promise<MergeOutcome> {
  const started = performance.now();
  const links = groups.map((group) => connectGroupBoard(workshopId, group, token));
  try {
    try {
      await Promise.all(links.map((link) => whenSynced(link, SYNC_TIMEOUT_MS)));
    } catch {
      return { ok: false, problem: 'not-synced' };
    }
    let step: unknown = null;
    const onAdded = (event: { stackItem: unknown; origin: unknown }) => {
      if (event.origin === MERGE_ORIGIN) step = event.stackItem;
    };
    undo?.stopCapturing();
    undo?.on('stack-item-added', onAdded);
    const result = mergeGroupBoards(
      common,
      links.map(({ group, doc }) => ({ group, doc })),
    );
    undo?.off('stack-item-added', onAdded);
    undo?.stopCapturing();
    if (!result.ok) return { ok: false, problem: 'refused', error: result.error };
    return { ok: true, summary: result.value, step, groups, ms: Math.round(performance.now() - started) };
  } finally {
    for (const link of links) closeGroupBoard(link);
  }
}
