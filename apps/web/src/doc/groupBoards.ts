import { roomName, type WorkshopId } from '@avaa/protocol';
import { type BoardConnection, connectBoard } from '@avaa/sync-client';
import * as Y from 'yjs';
import { syncUrl } from './useBoardSession.ts';

/** A group's board held for reading (the overview) or merging: no local copy, just the live document. */
export type GroupBoardLink = { readonly group: number; readonly doc: Y.Doc; readonly connection: BoardConnection };

export function connectGroupBoard(workshopId: WorkshopId, group: number, token: string): GroupBoardLink {
  const doc = new Y.Doc();
  const connection = connectBoard({
    url: syncUrl(),
    board: roomName(workshopId, { kind: 'group', group }),
    token,
    doc,
  });
  return { group, doc, connection };
}

export function closeGroupBoard(link: GroupBoardLink): void {
  link.connection.destroy();
  link.doc.destroy();
}

/**
 * Resolves once the board has synced with the server (its state is the server's, not a partial
 * one), or rejects when the server refuses it for good or `timeoutMs` passes.
 */
export function whenSynced(link: GroupBoardLink, timeoutMs: number): Promise<void> {
  const { status } = link.connection;
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const state = status.getSnapshot().state;
      if (state === 'live') finish(null);
      else if (state === 'closed') finish(new Error(`group ${link.group}: refused`));
    };
    const unsubscribe = status.subscribe(check);
    const finish = (error: Error | null) => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    timer = setTimeout(() => finish(new Error(`group ${link.group}: not synced in ${timeoutMs} ms`)), timeoutMs);
    check();
  });
}
