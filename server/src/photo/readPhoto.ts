import { createHash } from 'node:crypto';
import {
  ApiError,
  type ImageId,
  type Language,
  MAX_IMAGE_INPUT_PIXELS,
  type PhotoPlace,
  printedBoard,
} from '@avaa/protocol';
import sharp, { type Metadata } from 'sharp';
import { detectSheets, type FoundSheet } from './markers.ts';
import { cropNote, type SegmentedNote, segmentNotes } from './notes.ts';
import { type PhotoPixels, resample } from './pixels.ts';
import { notePlace } from './place.ts';
import { readPrintedQr } from './qr.ts';
import { OCR_SIDE, type TextReader } from './text.ts';

// A photo is decoded once and dropped: nothing of it stays in libvips' cache.
sharp.cache(false);

/** The stored crop's longer side: the note readable on a phone and the projector, 30-60 kB as JPEG. */
export const CROP_SIDE = 512;
const CROP_QUALITY = 82;

/** A note's crop as stored: a JPEG without metadata, its id the SHA-256 of its bytes (as images/encodeImage.ts). */
export type NoteCrop = {
  readonly id: ImageId;
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
};
export type ReadNote = SegmentedNote & {
  readonly text: string;
  readonly confidence: number;
  readonly crop: NoteCrop;
  readonly place: PhotoPlace | undefined;
};

/** Milliseconds spent in each stage, for the metrics and the benchmark. */
export type StageMs = { decode: number; markers: number; notes: number; ocr: number; encode: number };

export type PhotoRead =
  | {
      readonly ok: true;
      /** The photo's SHA-256 (hex): the notes' keys. */
      readonly sha256: string;
      readonly width: number;
      readonly height: number;
      readonly notes: readonly ReadNote[];
      /** The workshop and board a blank template's QR code names (protocol's printedBoard), if it was read. */
      readonly printedFor: { readonly workshop: string; readonly board: string } | undefined;
      readonly ms: StageMs;
    }
  | {
      readonly ok: false;
      readonly error: typeof ApiError.notAnImage | typeof ApiError.imageTooLarge | typeof ApiError.noPrintoutFound;
    };

export type ReadOptions = {
  readonly language: Language;
  readonly reader: TextReader;
  /** The segmentation stage (notes.ts); the benchmark may put the generator's truth in its place. */
  readonly segment?: (photo: PhotoPixels, sheets: readonly FoundSheet[]) => SegmentedNote[];
  /** The crop (notes.ts), likewise. */
  readonly crop?: (photo: PhotoPixels, note: SegmentedNote, side: number) => PhotoPixels;
};

const INPUT = { limitInputPixels: MAX_IMAGE_INPUT_PIXELS, failOn: 'error' } as const;

/**
 * The whole of reading a paper table from a photo's bytes, in the process that runs it (the photo
 * worker, photoWorker.ts): decoded upright (EXIF orientation), its sheets found by their markers,
 * its paper notes segmented and placed in cells, each cut out straight, read by text recognition
 * and encoded as a JPEG without metadata. The photo's pixels go when this returns.
 */
export async function readPhoto(body: Uint8Array, options: ReadOptions): Promise<PhotoRead> {
  const ms: StageMs = { decode: 0, markers: 0, notes: 0, ocr: 0, encode: 0 };
  const timed = async <T>(stage: keyof StageMs, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      ms[stage] += performance.now() - started;
    }
  };
  const decoded = await timed('decode', () => decode(body));
  if ('error' in decoded) return { ok: false, error: decoded.error };
  const photo = decoded.photo;
  const sheets = await timed('markers', () => detectSheets(photo));
  if (sheets.length === 0) return { ok: false, error: ApiError.noPrintoutFound };
  // A blank template's QR code: its participant link, naming the board it was printed for.
  const qr = await timed('markers', () => readPrintedQr(photo, sheets));
  const printedFor = qr === undefined ? undefined : printedBoard(qr);
  const cut = options.crop ?? cropNote;
  // Each note cut out straight once, at the kept crop's size; text recognition reads it shrunk.
  const { segmented, straight } = await timed('notes', () => {
    const found = (options.segment ?? segmentNotes)(photo, sheets);
    return { segmented: found, straight: found.map((note) => cut(photo, note, CROP_SIDE)) };
  });
  // Each stage over every note at once: the reader's engines and libvips' threads take them as
  // they can; a stage's ms is the time that passed.
  const texts = await timed('ocr', () =>
    Promise.all(straight.map((crop) => options.reader.read(shrink(crop, OCR_SIDE), options.language))),
  );
  const crops = await timed('encode', () => Promise.all(straight.map(encodeCrop)));
  const notes: ReadNote[] = segmented.map((note, i) => ({
    ...note,
    ...texts[i]!,
    crop: crops[i]!,
    place: notePlace(note, sheets),
  }));
  const sha256 = createHash('sha256').update(body).digest('hex');
  return { ok: true, sha256, width: photo.width, height: photo.height, notes, printedFor, ms };
}

type Decoded =
  | { readonly photo: PhotoPixels }
  | { readonly error: typeof ApiError.notAnImage | typeof ApiError.imageTooLarge };

/** JPEG or PNG only, told by the bytes; its size read from the header and refused before anything is decoded. */
async function decode(body: Uint8Array): Promise<Decoded> {
  let metadata: Metadata;
  try {
    metadata = await sharp(body, { ...INPUT, limitInputPixels: false }).metadata();
  } catch {
    return { error: ApiError.notAnImage };
  }
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  if ((metadata.format !== 'jpeg' && metadata.format !== 'png') || pixels === 0) return { error: ApiError.notAnImage };
  if (pixels > MAX_IMAGE_INPUT_PIXELS) return { error: ApiError.imageTooLarge };
  try {
    const { data, info } = await sharp(body, INPUT)
      .rotate()
      .removeAlpha()
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return {
      photo: {
        width: info.width,
        height: info.height,
        data: new Uint8Array(data.buffer, data.byteOffset, data.length),
      },
    };
  } catch {
    // Truncated or corrupt past the header.
    return { error: ApiError.notAnImage };
  }
}

/** The crop with its longer side `side` px (never enlarged). */
function shrink(crop: PhotoPixels, side: number): PhotoPixels {
  const scale = side / Math.max(crop.width, crop.height);
  return scale >= 1 ? crop : resample(crop, { x: 0, y: 0, width: crop.width, height: crop.height }, scale);
}

async function encodeCrop(pixels: PhotoPixels): Promise<NoteCrop> {
  const { width, height } = pixels;
  const raw = Buffer.from(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength);
  // sharp writes no metadata unless asked (no EXIF, no ICC): the crop says nothing of the phone.
  const data = await sharp(raw, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .jpeg({ quality: CROP_QUALITY })
    .toBuffer();
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const id = createHash('sha256').update(bytes).digest('hex') as ImageId;
  return { id, bytes, width, height };
}
