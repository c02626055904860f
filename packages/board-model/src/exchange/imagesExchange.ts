import { isImageId, isStoredImageType } from '@avaa/protocol';
import type * as Y from 'yjs';
import { asNoteImage, recordStoredImage } from '../images/noteImage.ts';
import { at, type Checker, join } from './checker.ts';
import type { ExportedImage } from './types.ts';

/**
 * A board's images in an export: `images: [{ id, type, width, height, data }]` (data: the
 * stored bytes in base64), written only when the board has some, and a note's `image: { id,
 * source? }`, only when it carries one. The bytes are the server's (its storage, never a
 * document): the server adds them to the board when it exports and, on import, decodes and
 * re-encodes each as an upload (new ids, which the notes then name).
 */
const IMAGE_FIELDS = ['id', 'type', 'width', 'height', 'data'] as const;
/** Base64 of a stored image (at most 512 KiB) with room to spare; larger is not one of ours. */
export const MAX_EXPORTED_IMAGE_CHARS = 1_000_000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const isSide = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 100_000;
const isBase64 = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_EXPORTED_IMAGE_CHARS && BASE64.test(value);

/** The board's `images`; returns their ids, for the notes' `image`. */
export function validateImages(check: Checker, value: unknown, path: string): ReadonlySet<string> {
  const ids = new Set<string>();
  check.array(value, path)?.forEach((entry, index) => {
    const imagePath = at(path, index);
    const image = check.object(entry, imagePath, IMAGE_FIELDS);
    if (!image) return;
    const id = check.check(image.id, join(imagePath, 'id'), isImageId, 'invalid-id');
    check.check(image.type, join(imagePath, 'type'), isStoredImageType, 'invalid-image');
    check.check(image.width, join(imagePath, 'width'), isSide, 'invalid-image');
    check.check(image.height, join(imagePath, 'height'), isSide, 'invalid-image');
    check.check(image.data, join(imagePath, 'data'), isBase64, 'invalid-image');
    if (id === undefined) return;
    if (ids.has(id)) check.fail(join(imagePath, 'id'), 'duplicate-id');
    ids.add(id);
  });
  return ids;
}

/** A note's `image`: a well-formed reference to one of the board's images. */
export function validateNoteImage(check: Checker, value: unknown, path: string, images: ReadonlySet<string>): void {
  const image = asNoteImage(value);
  if (!image) return void check.fail(path, 'invalid-image');
  if (!images.has(image.id)) check.fail(join(path, 'id'), 'unknown-image');
}

/** The board lists its imported images (the server stores their bytes with the workshop). */
export function writeImages(doc: Y.Doc, images: readonly ExportedImage[], storedAt: number): void {
  for (const { id, type, width, height } of images) recordStoredImage(doc, id, { type, width, height, storedAt });
}
