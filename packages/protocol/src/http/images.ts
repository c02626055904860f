import { ApiError } from '../apiErrors.ts';
import { type ImageId, isImageId } from '../vocabulary.ts';
import { type Check, guarded, object } from './check.ts';

/**
 * Images on notes. POST /api/workshops/<id>/boards/<board>/images with a JPEG or PNG body and a
 * token that may write the board stores the image for that board (re-encoded, without metadata)
 * and answers what was stored; GET …/images/<image id> with a token that may read the board
 * answers its bytes. `<board>` is `plenary` or a group's number.
 */
export type StoredImageAnswer = {
  readonly id: ImageId;
  readonly type: StoredImageType;
  readonly width: number;
  readonly height: number;
};

/** What the server stores an image as (re-encoded): photos as JPEG, drawings with transparency as PNG. */
export const STORED_IMAGE_TYPES = ['image/jpeg', 'image/png'] as const;
export type StoredImageType = (typeof STORED_IMAGE_TYPES)[number];

export function isStoredImageType(value: unknown): value is StoredImageType {
  return typeof value === 'string' && (STORED_IMAGE_TYPES as readonly string[]).includes(value);
}

/** The largest upload body read (the later photo import posts photos this large). */
export const MAX_IMAGE_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Images with more pixels are refused before decoding (a decompression bomb is a small file). */
export const MAX_IMAGE_INPUT_PIXELS = 50_000_000;
/** The stored image's longer side at most: readable on a note on the projector, small to sync and print. */
export const MAX_IMAGE_SIDE = 1024;
/** A stored image's bytes at most (re-encoded smaller until it fits). */
export const MAX_STORED_IMAGE_BYTES = 512 * 1024;
/** Images stored per board at most (as many as the notes a board holds is far more than needed). */
export const MAX_IMAGES_PER_BOARD = 500;

const isPositiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0;

export const checkStoredImageAnswer: Check<StoredImageAnswer> = object({
  id: guarded(isImageId, ApiError.unknownImage),
  type: guarded(isStoredImageType),
  width: guarded(isPositiveInteger),
  height: guarded(isPositiveInteger),
});
