import type { BoardRef } from '@avaa/protocol';
import type * as Y from 'yjs';
import { authorsOfNotesWritten } from '../deletion/boardWrites.ts';
import type { PersonId } from '../groups/participants.ts';
import { type DecodedUpdate, decodeUpdate } from '../yjsInternals.ts';
import { type BoardMode, readBoardMode } from './boardMode.ts';

/** Why a participant's update was refused by the board's mode. */
export type BoardModeRefusal = 'board-locked' | 'foreign-note';

/**
 * The board's mode applied to a participant's update to that board (the server asks this for
 * every participant's write, on the common table and on group boards): locked refuses every
 * change (an empty update is none); own-notes refuses any change to a note the document has whose `createdBy` is not the
 * writer (its text, place, colour, kind, deletion, the entry itself). New notes go. Throws on a
 * malformed update.
 */
export function checkBoardModeWrites(
  workshopDoc: Y.Doc,
  board: BoardRef,
  boardDoc: Y.Doc,
  update: Uint8Array | DecodedUpdate,
  writer: PersonId | undefined,
): BoardModeRefusal | undefined {
  const mode = readBoardMode(workshopDoc, board);
  if (mode === 'open') return undefined;
  const decoded = update instanceof Uint8Array ? decodeUpdate(update) : update;
  // An empty update (a client's sync answer with nothing new) changes nothing: not a refused write.
  if (mode === 'locked') return decoded.structs.length > 0 || decoded.ds.clients.size > 0 ? 'board-locked' : undefined;
  const authors = authorsOfNotesWritten(boardDoc, decoded);
  for (const author of authors) if (writer === undefined || author !== writer) return 'foreign-note';
  return undefined;
}

/** Whether a participant may change this note in this mode: the UI's side of the same rule. */
export function mayChangeNoteInMode(mode: BoardMode, createdBy: string | undefined, writer: string | null): boolean {
  if (mode === 'locked') return false;
  return mode === 'open' || (writer !== null && createdBy === writer);
}
