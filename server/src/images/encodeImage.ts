import { createHash } from 'node:crypto';
import {
  ApiError,
  type ImageId,
  MAX_IMAGE_INPUT_PIXELS,
  MAX_IMAGE_SIDE,
  MAX_STORED_IMAGE_BYTES,
  type StoredImageType,
} from '@avaa/protocol';
import sharp from 'sharp';
import type { StoredImageBytes } from '../storage/images.ts';

// Decoded images are not kept between requests: each is used once, and memory stays bounded.
sharp.cache(false);

export type EncodedImage = StoredImageBytes & { readonly id: ImageId };
export type EncodeFailure = typeof ApiError.notAnImage | typeof ApiError.imageTooLarge;
export type Encoded =
  | { readonly ok: true; readonly image: EncodedImage }
  | { readonly ok: false; readonly error: EncodeFailure };

const INPUT = { limitInputPixels: MAX_IMAGE_INPUT_PIXELS, failOn: 'error', sequentialRead: true } as const;

/**
 * A note image as the server stores it, from what someone uploaded: the bytes must be a JPEG or
 * a PNG (told by their content, never a header), with at most MAX_IMAGE_INPUT_PIXELS (read from
 * the header before anything is decoded, so a small file claiming a huge image is refused at once).
 * It is decoded and re-encoded by libvips (sharp) on libuv's thread pool, off the event loop: turned
 * upright by its EXIF orientation, scaled to fit MAX_IMAGE_SIDE, and written without any metadata
 * (EXIF, GPS, XMP, ICC, PNG text: sharp keeps none unless asked), as a PNG when it has transparency
 * and fits, else as a JPEG, smaller until it fits MAX_STORED_IMAGE_BYTES. Its id is the SHA-256 of
 * the stored bytes.
 */
export async function encodeNoteImage(input: Uint8Array): Promise<Encoded> {
  let format: string | undefined;
  let pixels = 0;
  let hasAlpha = false;
  try {
    const metadata = await sharp(input, { ...INPUT, limitInputPixels: false }).metadata();
    format = metadata.format;
    pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
    hasAlpha = metadata.hasAlpha === true;
  } catch {
    return { ok: false, error: ApiError.notAnImage };
  }
  if ((format !== 'jpeg' && format !== 'png') || pixels === 0) return { ok: false, error: ApiError.notAnImage };
  if (pixels > MAX_IMAGE_INPUT_PIXELS) return { ok: false, error: ApiError.imageTooLarge };
  try {
    return { ok: true, image: await reencode(input, format === 'png' && hasAlpha) };
  } catch {
    // Truncated or corrupt data past the header.
    return { ok: false, error: ApiError.notAnImage };
  }
}

/** Largest side and JPEG quality tried in turn until the bytes fit. */
const ATTEMPTS = [
  { side: MAX_IMAGE_SIDE, quality: 82 },
  { side: MAX_IMAGE_SIDE, quality: 65 },
  { side: Math.round(MAX_IMAGE_SIDE * 0.75), quality: 65 },
  { side: MAX_IMAGE_SIDE / 2, quality: 60 },
] as const;

async function reencode(input: Uint8Array, transparent: boolean): Promise<EncodedImage> {
  if (transparent) {
    const png = await write(input, MAX_IMAGE_SIDE, 'image/png', 0);
    if (png.bytes.byteLength <= MAX_STORED_IMAGE_BYTES) return png;
  }
  let last: EncodedImage | undefined;
  for (const { side, quality } of ATTEMPTS) {
    last = await write(input, side, 'image/jpeg', quality);
    if (last.bytes.byteLength <= MAX_STORED_IMAGE_BYTES) return last;
  }
  // The last attempt is 512 px at quality 60: far below the bound for any image.
  if (!last) throw new Error('no attempt');
  return last;
}

async function write(input: Uint8Array, side: number, type: StoredImageType, quality: number): Promise<EncodedImage> {
  const pipeline = sharp(input, INPUT)
    .rotate()
    .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true });
  const encoded =
    type === 'image/png'
      ? pipeline.png({ compressionLevel: 9 })
      : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality, mozjpeg: true });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const id = createHash('sha256').update(bytes).digest('hex') as ImageId;
  return { id, type, width: info.width, height: info.height, bytes };
}
