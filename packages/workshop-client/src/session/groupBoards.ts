import { createStore, type Reading } from '@avaa/sync-client';
import type { RoomSession } from './roomSession.ts';

/** A group's board held for reading (the overview) or merging: no offline copy, just the live document. */
export type GroupBoardLink = RoomSession & { readonly group: number };

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

/** The groups' boards a page follows live (the overview, the projector's overview). */
export type GroupBoardSet = {
  /** The open links, by group number. */
  readonly links: Reading<readonly GroupBoardLink[]>;
  /** Follow exactly these groups: new ones are linked, dropped ones closed. */
  follow(groups: readonly number[]): void;
  close(): void;
};

export function groupBoardSet(link: (group: number) => GroupBoardLink): GroupBoardSet {
  const open = new Map<number, GroupBoardLink>();
  const links = createStore<readonly GroupBoardLink[]>([]);
  const publish = () => links.set([...open.values()].sort((a, b) => a.group - b.group));
  return {
    links,
    follow(groups) {
      const wanted = new Set(groups);
      for (const [group, held] of open) {
        if (wanted.has(group)) continue;
        held.close();
        open.delete(group);
      }
      for (const group of wanted) if (!open.has(group)) open.set(group, link(group));
      publish();
    },
    close() {
      for (const held of open.values()) held.close();
      open.clear();
      publish();
    },
  };
}
