import {
  eraseDeletedNotes,
  eraseDeletedPaths,
  holdsErasedPath,
  notesChangedBy,
  notesMap,
  pathsChangedBy,
  pathsMap,
  readAllNotes,
  recordDeletionTimes,
  recordPathDeletionTimes,
} from '@avaa/board-model';
import { parseRoomName } from '@avaa/protocol';
import type * as Y from 'yjs';
import type { Logger } from '../log.ts';
import { forgetStaleImages, keepImagesOfErasedNotes } from './imageErasure.ts';

type NotesRoom = {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly peers: ReadonlySet<unknown>;
};

export type ErasureOptions = {
  readonly logger: Logger;
  /** How long a deleted note keeps its text (the facilitator's "Recently deleted" restores it). */
  readonly deletedNoteGraceMs: number;
  /** The server's clock: deletes are dated by it, never by the deleter's `deletedAt`. */
  readonly now: () => number;
};

/**
 * Rooms whose notes the erasure covers: boards, and a person's private room (its notes wait there
 * for the reveal; deleted ones are erased as a board's are, and revealed ones are board notes).
 */
export function holdsNotes(name: string): boolean {
  const kind = parseRoomName(name)?.kind;
  return kind === 'board' || kind === 'private';
}

/**
 * Dates the deletes (and forgets the dates of restores) of this node's clients by the server's
 * clock, in the room's server-owned `deletions` root (auth/serverOwned.ts), as a change of the
 * server's own, stored and relayed like any other. Another node's clients' deletes were dated
 * there. Returns the function that stops it.
 */
export function keepDeletionTimes(room: NotesRoom, now: () => number): () => void {
  if (!holdsNotes(room.name)) return () => {};
  const dateDeletes = (transaction: Y.Transaction) => {
    if (!room.peers.has(transaction.origin)) return;
    const ids = notesChangedBy(transaction);
    if (ids.size > 0) recordDeletionTimes(room.doc, ids, now());
    const paths = pathsChangedBy(transaction);
    if (paths.size > 0) recordPathDeletionTimes(room.doc, paths, now());
  };
  room.doc.on('afterTransaction', dateDeletes);
  // An erased note's image is erased with it (rooms/imageErasure.ts).
  const stopImages = keepImagesOfErasedNotes(room);
  return () => {
    room.doc.off('afterTransaction', dateDeletes);
    stopImages();
  };
}

/**
 * Empties the text of the board's notes deleted longer than the grace period ago, and of its
 * service paths deleted (steps removed) as long ago (a change of the server's own, stored like
 * any other), whoever has the board open: the week has given every Undo its chance. Returns how
 * many notes, paths and steps.
 */
export function eraseExpiredNotes(room: NotesRoom, options: ErasureOptions): number {
  if (!holdsNotes(room.name)) return 0;
  const now = options.now();
  // Every note's time set right first: a delete without one (older data, a crash between the
  // delete and its time) is dated now, and a restored note's time, left by a restore on another
  // node crossing the time, is forgotten, so that a later delete is dated afresh.
  recordDeletionTimes(room.doc, [...notesMap(room.doc).keys()], now);
  recordPathDeletionTimes(room.doc, [...pathsMap(room.doc).keys()], now);
  const grace = { now, graceMs: options.deletedNoteGraceMs };
  const notes = eraseDeletedNotes(room.doc, grace);
  const paths = eraseDeletedPaths(room.doc, grace);
  const images = forgetStaleImages(room, grace);
  if (images > 0) options.logger('info', 'room-erased-images', { room: room.name, images });
  // Counts only: logs never hold note or path text.
  if (notes > 0) options.logger('info', 'room-erased-deleted-notes', { room: room.name, notes });
  if (paths > 0) options.logger('info', 'room-erased-deleted-paths', { room: room.name, paths });
  return notes + paths + images;
}

/**
 * Erasure when a board unloads. Whether the stored log may still hold erased text, so the unload
 * compacts and purges: when this erased something, or the board has an erased note at all (the
 * facilitator's "Erase now" empties them while the board is open; its old log rows go at this
 * unload's compaction).
 */
export function eraseOnUnload(room: NotesRoom, options: ErasureOptions): boolean {
  return (
    eraseExpiredNotes(room, options) > 0 ||
    (holdsNotes(room.name) && (holdsErasedNote(room.doc) || holdsErasedPath(room.doc)))
  );
}

function holdsErasedNote(doc: Y.Doc): boolean {
  return readAllNotes(doc).some((note) => note.deleted && note.text === '');
}
