import {
  type BoardRef,
  type CloseCodeName,
  type PersonId,
  privateRoomName,
  roomName,
  type WorkshopId,
  workshopRoomName,
} from '@avaa/protocol';
import type { BoardConnection, Reading } from '@avaa/sync-client';
import type * as Y from 'yjs';
import type { ClientConfig } from './config.ts';
import { copyTableToGroups, type TableCopyOutcome } from './copyTable.ts';
import type { OpenedMerge } from './merge.ts';
import { askRefusal } from './refusal.ts';
import { type BoardSession, boardSession } from './session/boardSession.ts';
import { type GroupBoardLink, type GroupBoardSet, groupBoardSet } from './session/groupBoards.ts';
import { forgetOfflineCopies } from './session/offlineCopy.ts';
import { openRoom, type RoomSession } from './session/roomSession.ts';

export type WorkshopClientOptions = ClientConfig & { readonly workshopId: WorkshopId; readonly token: string };

/**
 * One workshop as one device holds it, with one token (a facilitator's, a personal one, a
 * viewer's). Every session it opens is closed by `close()`; pages ask it for what they show and
 * never connect or disconnect anything themselves.
 */
export type WorkshopClient = {
  readonly workshopId: WorkshopId;
  readonly token: string;
  /** The workshop document's room: people, groups, settings, the timer. */
  openWorkshop(): RoomSession;
  /** A board with undo and the refusal policy; `undoable`: whether this person may write it at all. */
  openBoard(board: BoardRef, options: { readonly undoable: boolean }): BoardSession;
  /**
   * This person's private notes for a board (private writing, issue 18): their own room, with an
   * offline copy like every board, so nothing written before the reveal is lost offline.
   */
  openPrivateBoard(board: BoardRef, person: PersonId): BoardSession;
  /** A group's board read live, without an offline copy. */
  linkGroupBoard(group: number): GroupBoardLink;
  /** The groups' boards a page follows live. */
  followGroupBoards(): GroupBoardSet;
  /** Any board read live, without an offline copy or undo (search across the workshop). */
  readBoard(board: BoardRef): RoomSession;
  /** "Merge the groups' notes": opens the groups' boards, waits for them, previews the merge. */
  openMerge(groups: readonly number[], common: Y.Doc): Promise<OpenedMerge>;
  /** "Groups start from a copy of the common table": copies its notes onto these groups' boards. */
  copyTableToGroups(workshop: BoardConnection, groups: readonly number[]): Promise<TableCopyOutcome>;
  /** The API's refusal of this client's token, asked once, on the first board opened. */
  refusal(): Reading<CloseCodeName | null>;
  /** After the workshop was deleted: every session stops and this device's copies go. */
  workshopDeleted(): Promise<void>;
  close(): void;
};

export function createWorkshopClient(options: WorkshopClientOptions): WorkshopClient {
  const { workshopId, token } = options;
  const open = new Set<{ close(): void }>();
  let refusal: Reading<CloseCodeName | null> | null = null;
  const held = holder(open);
  const linkGroupBoard = (group: number): GroupBoardLink =>
    held({ ...openRoom(options, roomName(workshopId, { kind: 'group', group }), token, false), group });
  const client: WorkshopClient = {
    workshopId,
    token,
    openWorkshop: () => held(openRoom(options, workshopRoomName(workshopId), token, options.offlineCopies)),
    openBoard(board, { undoable }) {
      const room = openRoom(options, roomName(workshopId, board), token, options.offlineCopies);
      return held(boardSession(room, client.refusal(), { undoable, undoMerges: board.kind === 'plenary' }));
    },
    openPrivateBoard(board, person) {
      const room = openRoom(options, privateRoomName(workshopId, board, person), token, options.offlineCopies);
      return held(boardSession(room, client.refusal(), { undoable: true, undoMerges: false }));
    },
    linkGroupBoard,
    followGroupBoards: () => held(groupBoardSet(linkGroupBoard)),
    readBoard: (board) => held(openRoom(options, roomName(workshopId, board), token, false)),
    // The merge's rules and similarity load with the first merge: a participant's page never needs them.
    openMerge: (groups, common) => import('./merge.ts').then((m) => m.openMerge(linkGroupBoard, groups, common)),
    copyTableToGroups: (workshop, groups) =>
      copyTableToGroups(
        {
          workshop,
          openCommon: () => held(openRoom(options, roomName(workshopId), token, false)),
          linkGroup: linkGroupBoard,
        },
        groups,
      ),
    refusal() {
      refusal ??= askRefusal(options.apiBase, workshopId, token);
      return refusal;
    },
    async workshopDeleted() {
      client.close();
      await forgetOfflineCopies(workshopId);
    },
    close() {
      for (const session of [...open]) session.close();
    },
  };
  return client;
}

/** Wraps sessions so that they are in `open` until closed: the client's `close()` closes what is left. */
function holder(open: Set<{ close(): void }>) {
  return <T extends { close(): void }>(session: T): T => {
    const close = session.close.bind(session);
    const tracked = {
      ...session,
      close() {
        open.delete(tracked);
        close();
      },
    };
    open.add(tracked);
    return tracked;
  };
}
