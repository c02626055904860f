import {
  type MergePreview,
  type MergeSummary,
  mergeGroupBoards,
  type OperationError,
  ORIGINS,
  previewMerge,
} from '@avaa/board-model';
import type * as Y from 'yjs';
import { type GroupBoardLink, whenSynced } from './session/groupBoards.ts';

const SYNC_TIMEOUT_MS = 15_000;

export type MergeOutcome =
  | {
      readonly ok: true;
      readonly summary: MergeSummary;
      /** The merge's step on the undo stack, or null when it wrote nothing. */
      readonly step: unknown;
      readonly groups: readonly number[];
    }
  | { readonly ok: false; readonly problem: 'not-synced' }
  | { readonly ok: false; readonly problem: 'refused'; readonly error: OperationError };

/** The groups' boards held open between the preview and the facilitator's answer. */
export type MergeSession = {
  readonly preview: MergePreview;
  /** Merges what the boards hold now (they stay live while the facilitator looks) and closes them. */
  readonly merge: (undo: Y.UndoManager | null) => MergeOutcome;
  readonly cancel: () => void;
};

export type OpenedMerge = { readonly ok: true; readonly session: MergeSession } | Extract<MergeOutcome, { ok: false }>;

/**
 * "Merge the groups' notes", first step: opens every group's room and waits until each has synced
 * with the server (a half-loaded board would look like deleted notes), then previews the merge.
 * The session's `merge` is the domain's merge on the same boards; `cancel` only closes them.
 */
export async function openMerge(
  link: (group: number) => GroupBoardLink,
  groups: readonly number[],
  common: Y.Doc,
): Promise<OpenedMerge> {
  const links = groups.map(link);
  let open = true;
  const close = () => {
    if (open) for (const held of links) held.close();
    open = false;
  };
  try {
    await Promise.all(links.map((link) => whenSynced(link, SYNC_TIMEOUT_MS)));
  } catch {
    close();
    return { ok: false, problem: 'not-synced' };
  }
  const preview = previewMerge(common, boards(links));
  if (!preview.ok) {
    close();
    return { ok: false, problem: 'refused', error: preview.error };
  }
  const merge = (undo: Y.UndoManager | null): MergeOutcome => {
    try {
      return mergeInOneStep(common, links, undo);
    } finally {
      close();
    }
  };
  return { ok: true, session: { preview: preview.value, merge, cancel: close } };
}

const boards = (links: readonly GroupBoardLink[]) => links.map(({ group, doc }) => ({ group, doc }));

/**
 * One transaction with origin `ORIGINS.mergeGroupBoards`: one step on the facilitator's undo stack, kept apart from
 * edits made just before or after.
 */
function mergeInOneStep(common: Y.Doc, links: readonly GroupBoardLink[], undo: Y.UndoManager | null): MergeOutcome {
  let step: unknown = null;
  const onAdded = (event: { stackItem: unknown; origin: unknown }) => {
    if (event.origin === ORIGINS.mergeGroupBoards) step = event.stackItem;
  };
  undo?.stopCapturing();
  undo?.on('stack-item-added', onAdded);
  const result = mergeGroupBoards(common, boards(links));
  undo?.off('stack-item-added', onAdded);
  undo?.stopCapturing();
  if (!result.ok) return { ok: false, problem: 'refused', error: result.error };
  const groups = links.map((link) => link.group);
  return { ok: true, summary: result.value, step, groups };
}
