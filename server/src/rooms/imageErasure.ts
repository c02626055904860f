import {
  asNoteImage,
  type ErasureGrace,
  forgetStoredImages,
  imagesToErase,
  NOTE_IMAGE_KEY,
  notesMap,
  ORIGINS,
  referencedImages,
  storedImageIds,
} from '@avaa/board-model';
import { parseRoomName } from '@avaa/protocol';
import * as Y from 'yjs';
import type { Storage } from '../storage/types.ts';

type BoardRoom = { readonly name: string; readonly doc: Y.Doc };

/**
 * An upload is stored, then listed in the board's `images` root within its request: an image
 * stored less long ago and not listed yet is an upload under way, never deleted as unlisted.
 */
export const UPLOAD_LISTING_MARGIN_MS = 10 * 60_000;

/** Images each board's document forgot on this node: their bytes go at the room's next purge. */
const forgotten = new WeakMap<Y.Doc, Set<string>>();

function forget(room: BoardRoom, ids: readonly string[]): void {
  if (ids.length === 0) return;
  room.doc.transact(() => forgetStoredImages(room.doc, ids), ORIGINS.eraseDeletedNotes);
  const set = forgotten.get(room.doc) ?? new Set();
  for (const id of ids) set.add(id);
  forgotten.set(room.doc, set);
}

function isBoard(room: BoardRoom): boolean {
  return parseRoomName(room.name)?.kind === 'board';
}

/**
 * A deleted note's image leaves it when the note is erased (board-model `eraseNote`: by the
 * server's erasure past the grace, or by the facilitator's "Erase now" on a client). The server
 * then erases the image itself, if no other note refers to it: it forgets it from the board's
 * `images` root at once (a change of its own), and its bytes leave storage at the next purge
 * (`dropUnlistedImages`). Returns the function that stops watching.
 */
export function keepImagesOfErasedNotes(room: BoardRoom): () => void {
  if (!isBoard(room)) return () => {};
  const released = new Set<string>();
  const notes = notesMap(room.doc);
  const observe = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      const note = event.target;
      if (!(event instanceof Y.YMapEvent) || !(note instanceof Y.Map) || note.parent !== notes) continue;
      if (!event.keysChanged.has(NOTE_IMAGE_KEY)) continue;
      if (note.get('deleted') !== true || note.has(NOTE_IMAGE_KEY)) continue;
      const old = asNoteImage(event.changes.keys.get(NOTE_IMAGE_KEY)?.oldValue);
      if (old) released.add(old.id);
    }
  };
  const forgetReleased = () => {
    if (released.size === 0) return;
    const referenced: ReadonlySet<string> = referencedImages(room.doc);
    const ids = [...released].filter((id) => !referenced.has(id));
    released.clear();
    forget(room, ids);
  };
  notes.observeDeep(observe);
  room.doc.on('afterTransaction', forgetReleased);
  return () => {
    notes.unobserveDeep(observe);
    room.doc.off('afterTransaction', forgetReleased);
  };
}

/**
 * At the erasure sweep: forgets the images no note refers to that were stored longer than the
 * grace ago (an upload never put on a note, an image taken off one a week ago). Returns how many.
 */
export function forgetStaleImages(room: BoardRoom, grace: ErasureGrace): number {
  if (!isBoard(room)) return 0;
  const ids = imagesToErase(room.doc, new Set(), grace);
  forget(room, ids);
  return ids.length;
}

/**
 * Deletes from storage the board's images its document no longer lists: those this node forgot
 * (above) at once, any other (forgotten on another node, or before a crash) once it is older than
 * an upload takes to be listed. Run before a purge, which then removes the bytes from the
 * database's files. Returns how many were deleted.
 */
export async function dropUnlistedImages(storage: Storage, room: BoardRoom, now: number): Promise<number> {
  if (!isBoard(room)) return 0;
  const listed = new Set<string>(storedImageIds(room.doc));
  const mine = forgotten.get(room.doc) ?? new Set<string>();
  forgotten.delete(room.doc);
  const stored = await storage.images.list(room.name);
  const unlisted = stored.filter(
    (image) => !listed.has(image.id) && (mine.has(image.id) || now - image.storedAt >= UPLOAD_LISTING_MARGIN_MS),
  );
  return storage.images.delete(
    room.name,
    unlisted.map((image) => image.id),
  );
}
