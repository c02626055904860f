import { copyTableToGroup, type OperationError } from '@avaa/board-model';
import type { BoardConnection } from '@avaa/sync-client';
import { type GroupBoardLink, whenSynced } from './session/groupBoards.ts';
import type { RoomSession } from './session/roomSession.ts';

const WAIT_MS = 15_000;

/**
 * - 'not-synced': a board did not load from the server in time (or the server refused it);
 * - 'not-saved': the copies were written but the server did not confirm storing them in time
 *   (they are sent again on reconnect; copying again later writes nothing twice).
 */
export type TableCopyOutcome =
  | { readonly ok: true; readonly copied: number }
  | { readonly ok: false; readonly problem: 'not-synced' | 'not-saved' }
  | { readonly ok: false; readonly problem: 'refused'; readonly error: OperationError };

export type TableCopyRooms = {
  /** The workshop document's connection: the new groups must be stored before their boards open. */
  readonly workshop: BoardConnection;
  readonly openCommon: () => RoomSession;
  readonly linkGroup: (group: number) => GroupBoardLink;
};

/**
 * "Groups start from a copy of the common table": once the grouping is stored, opens the common
 * table and every group's board, waits until each has synced (a half-loaded board would be copied
 * half, or copied onto twice), writes the copies (`copyTableToGroup`) and waits until the server
 * has stored them. Safe to repeat, and for two facilitators at once: the copies' ids are derived.
 */
export async function copyTableToGroups(rooms: TableCopyRooms, groups: readonly number[]): Promise<TableCopyOutcome> {
  if (!(await whenSaved(rooms.workshop))) return { ok: false, problem: 'not-saved' };
  const common = rooms.openCommon();
  const links = groups.map(rooms.linkGroup);
  try {
    try {
      await Promise.all([{ ...common, group: 0 }, ...links].map((link) => whenSynced(link, WAIT_MS)));
    } catch {
      return { ok: false, problem: 'not-synced' };
    }
    let copied = 0;
    for (const link of links) {
      const result = copyTableToGroup(common.doc, link.doc, link.group);
      if (!result.ok) return { ok: false, problem: 'refused', error: result.error };
      copied += result.value.copied;
    }
    const saved = await Promise.all(links.map((link) => whenSaved(link.connection)));
    return saved.every(Boolean) ? { ok: true, copied } : { ok: false, problem: 'not-saved' };
  } finally {
    common.close();
    for (const link of links) link.close();
  }
}

/** Whether the server confirms storing this connection's edits within the wait. */
function whenSaved(connection: BoardConnection): Promise<boolean> {
  const { savedState } = connection;
  return new Promise((resolve) => {
    const finish = (saved: boolean) => {
      unsubscribe();
      clearTimeout(timer);
      resolve(saved);
    };
    const check = () => {
      if (savedState.getSnapshot() === 'saved') finish(true);
    };
    const timer = setTimeout(() => finish(false), WAIT_MS);
    const unsubscribe = savedState.subscribe(check);
    check();
  });
}
