import type { BoardRef } from '@avaa/protocol';
import type * as Y from 'yjs';
import { fail, ok, type Result } from '../result.ts';

/**
 * How participants may write one board, set by the facilitator per board (the common table and
 * each group's): `open` (everything the other rules allow), `own-notes` (they add notes, and
 * change, move and delete only notes they wrote), `locked` (they read only, e.g. while the
 * facilitator presents). The server enforces it on every write (modes/boardModeWrites.ts); the
 * facilitator and co-facilitators always write.
 *
 *   workshop document  boardModes: Y.Map<'plenary' | 'group/<n>', BoardMode>  (absent: open)
 */
export const BOARD_MODES = ['open', 'own-notes', 'locked'] as const;
export type BoardMode = (typeof BOARD_MODES)[number];

export function isBoardMode(value: unknown): value is BoardMode {
  return (BOARD_MODES as readonly unknown[]).includes(value);
}

export function boardModesMap(workshopDoc: Y.Doc): Y.Map<unknown> {
  return workshopDoc.getMap('boardModes');
}

/** The key of a board in `boardModes`. */
export function boardModeKey(board: BoardRef): string {
  return board.kind === 'plenary' ? 'plenary' : `group/${board.group}`;
}

/** A board's mode; anything unknown (a newer client's word, a forged value) reads as open. */
export function readBoardMode(workshopDoc: Y.Doc, board: BoardRef): BoardMode {
  const mode = boardModesMap(workshopDoc).get(boardModeKey(board));
  return isBoardMode(mode) ? mode : 'open';
}

export function setBoardMode(workshopDoc: Y.Doc, board: BoardRef, mode: BoardMode): Result {
  if (!isBoardMode(mode)) return fail('unknown-board-mode');
  if (readBoardMode(workshopDoc, board) === mode) return ok();
  const modes = boardModesMap(workshopDoc);
  if (mode === 'open') modes.delete(boardModeKey(board));
  else modes.set(boardModeKey(board), mode);
  return ok();
}
