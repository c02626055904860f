import { type ImageId, isImageId, isStoredImageType, type StoredImageType } from '@avaa/protocol';
import * as Y from 'yjs';

/**
 * Images on notes. A note may carry one image, as the note's `image` entry (one plain value, so
 * a change is atomic): `{ id, source? }`, where `id` names an image the server stores for this
 * board (http/imagesApi.ts) and `source` says where it came from (a photo of a paper table, taken
 * at a time: "from photo, 6.12.2026 14:05"). The board's `images` root lists the images stored
 * for it, `id -> { type, width, height, storedAt }`; only the server writes it, when it stores an
 * upload or erases an image, and the server refuses a note image naming an id not listed there
 * (imageWrites.ts), so a note never points at another board's or workshop's image.
 */
export const IMAGES_ROOT = 'images';
export const NOTE_IMAGE_KEY = 'image';

/** Where a note's image came from: a photo of a paper table, or a file or camera picture for the note. */
export const IMAGE_SOURCE_KINDS = ['photo', 'upload'] as const;
export type ImageSourceKind = (typeof IMAGE_SOURCE_KINDS)[number];
export type ImageSource = {
  readonly kind: ImageSourceKind /** When it was taken or added (ms). */;
  readonly at: number;
  /**
   * A photo's crop only: the paper note it shows, `<photo sha256>:<n>` (the photo API's
   * `PhotoNote.key`), so adding the same photo again finds it. Absent on older values.
   */
  readonly key?: string;
};

/** A paper note's key on a photo: the photo's SHA-256 in hex and the note's number on it. */
const PHOTO_NOTE_KEY = /^[0-9a-f]{64}:[0-9]{1,6}$/;

export function isPhotoNoteKey(value: unknown): value is string {
  return typeof value === 'string' && PHOTO_NOTE_KEY.test(value);
}

export type NoteImage = { readonly id: ImageId; readonly source?: ImageSource };

/** What the board's `images` root says of one stored image. */
export type StoredImage = {
  readonly type: StoredImageType;
  readonly width: number;
  readonly height: number;
  /** When the server stored it (ms): an image no note refers to is erased a grace period later. */
  readonly storedAt: number;
};

export function storedImagesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(IMAGES_ROOT);
}

/** The stored image `id` of this board, if the server lists it. */
export function readStoredImage(doc: Y.Doc, id: string): StoredImage | undefined {
  if (!doc.share.has(IMAGES_ROOT)) return undefined;
  return asStoredImage(storedImagesMap(doc).get(id));
}

/** Every image the server lists for the board. */
export function storedImageIds(doc: Y.Doc): ImageId[] {
  if (!doc.share.has(IMAGES_ROOT)) return [];
  return [...storedImagesMap(doc).keys()].filter(isImageId);
}

function asStoredImage(value: unknown): StoredImage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, width, height, storedAt } = value as Record<string, unknown>;
  if (!isStoredImageType(type) || !isSide(width) || !isSide(height) || !isTime(storedAt)) return undefined;
  return { type, width, height, storedAt };
}

const isSide = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A note image value as written in a note, or undefined when it is not one. */
export function asNoteImage(value: unknown): NoteImage | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { id, source, ...more } = value as Record<string, unknown>;
  // Nothing beside: the value is what the schema says, so no client smuggles data in with it.
  if (!isImageId(id) || Object.keys(more).length > 0) return undefined;
  if (source === undefined) return { id };
  const checked = asSource(source);
  return checked ? { id, source: checked } : undefined;
}

function asSource(value: unknown): ImageSource | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { kind, at, key, ...more } = value as Record<string, unknown>;
  if (Object.keys(more).length > 0) return undefined;
  const known = typeof kind === 'string' && (IMAGE_SOURCE_KINDS as readonly string[]).includes(kind);
  if (!known || !isTime(at)) return undefined;
  if (key === undefined) return { kind: kind as ImageSourceKind, at };
  // Only a photo's crop names the paper note it shows.
  return kind === 'photo' && isPhotoNoteKey(key) ? { kind, at, key } : undefined;
}

/** The note's image, if it carries a well-formed one (the server checked the id is stored). */
export function readNoteImage(note: Y.Map<unknown>): NoteImage | undefined {
  return asNoteImage(note.get(NOTE_IMAGE_KEY));
}

/** The server lists an image it stored for the board (its own change: clients never write the root). */
export function recordStoredImage(doc: Y.Doc, id: ImageId, image: StoredImage): void {
  if (readStoredImage(doc, id)?.storedAt === undefined) storedImagesMap(doc).set(id, { ...image });
}

/** The images the board's notes refer to (deleted notes' too, until their erasure removes it). */
export function referencedImages(doc: Y.Doc): Set<ImageId> {
  const ids = new Set<ImageId>();
  doc.getMap('notes').forEach((note) => {
    const image = note instanceof Y.Map ? readNoteImage(note as Y.Map<unknown>) : undefined;
    if (image) ids.add(image.id);
  });
  return ids;
}

/** The server forgets images it erases: a note can no longer be given them. */
export function forgetStoredImages(doc: Y.Doc, ids: Iterable<string>): void {
  const images = storedImagesMap(doc);
  for (const id of ids) if (images.has(id)) images.delete(id);
}

/**
 * The listed images to erase at an erasure with `grace`: those no note refers to any more and
 * that either were on a note just erased (`released`) or were stored longer than the grace ago
 * (an upload never put on a note, or an image taken off one: the week gave its Undo a chance).
 */
export function imagesToErase(doc: Y.Doc, released: ReadonlySet<string>, grace: { now: number; graceMs: number }) {
  const referenced = referencedImages(doc);
  return storedImageIds(doc).filter((id) => {
    if (referenced.has(id)) return false;
    const storedAt = readStoredImage(doc, id)?.storedAt ?? 0;
    return released.has(id) || grace.now - storedAt >= grace.graceMs;
  });
}
