import type * as Y from 'yjs';
import { isGroupNumber } from '../groupNumber.ts';
import { endReadyCheckOnMove } from '../readyCheck/readyCheckOperations.ts';
import { fail, ok, type Result } from '../result.ts';
import { type CellId, isCellId } from '../template.ts';
import { readGroups, settingsMap } from '../workshop/schema.ts';

/**
 * What the facilitator is showing: a board (the common table or a group's) and optionally one
 * cell of it. Participants' and the projector's views follow it unless they stepped out, which
 * is local state of each screen and never written here.
 */
export type FocusBoard = 'plenary' | number;
export type Focus = { readonly board: FocusBoard; readonly cell?: CellId };

function isFocusBoard(value: unknown): value is FocusBoard {
  return value === 'plenary' || isGroupNumber(value);
}

function isLiveGroup(doc: Y.Doc, board: FocusBoard): boolean {
  return board === 'plenary' || readGroups(doc).some((group) => group.number === board);
}

/** The facilitator's focus, or null when none is set, it is malformed or its group was removed. */
export function readFocus(doc: Y.Doc): Focus | null {
  const value = settingsMap(doc).get('focus');
  if (typeof value !== 'object' || value === null) return null;
  const { board, cell } = value as Record<string, unknown>;
  if (!isFocusBoard(board) || !isLiveGroup(doc, board)) return null;
  return isCellId(cell) ? { board, cell } : { board };
}

/**
 * Sets the focus (null: follow nothing). One plain value, so a board and its cell always change
 * together and concurrent writers end on one of their focuses, never a mix. A focus that moves
 * ends an open ready check in the same transaction.
 */
export function setFocus(doc: Y.Doc, focus: Focus | null): Result {
  if (focus === null) {
    if (settingsMap(doc).get('focus') !== null) moveFocus(doc, null);
    return ok();
  }
  if (!isFocusBoard(focus.board) || !isLiveGroup(doc, focus.board)) return fail('unknown-group');
  if (focus.cell !== undefined && !isCellId(focus.cell)) return fail('unknown-cell');
  moveFocus(doc, focus.cell === undefined ? { board: focus.board } : { board: focus.board, cell: focus.cell });
  return ok();
}

function moveFocus(doc: Y.Doc, focus: Focus | null): void {
  const before = readFocus(doc);
  doc.transact(() => {
    settingsMap(doc).set('focus', focus);
    if (before?.board !== focus?.board || before?.cell !== focus?.cell) endReadyCheckOnMove(doc);
  });
}
