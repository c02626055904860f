import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { DATABASE_FILE } from '@avaa/server';
import sharp from 'sharp';

/** Random pixels: an image whose bytes no database file holds by chance. */
function noise(width: number, height: number): Buffer {
  return randomBytes(width * height * 3);
}

/** A PNG photo of noise carrying EXIF with a GPS position and `canary` as its description and artist. */
export function pngWithMetadata(canary: string, width = 64, height = 48): Promise<Buffer> {
  return sharp(noise(width, height), { raw: { width, height, channels: 3 } })
    .withExif({
      IFD0: { ImageDescription: canary, Artist: canary },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '60/1 10/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '24/1 56/1 0/1' },
    })
    .png()
    .toBuffer();
}

/** A JPEG photo of noise with EXIF. */
export function jpegPhoto(width = 2000, height = 1500, canary = 'Ohjaamo'): Promise<Buffer> {
  return sharp(noise(width, height), { raw: { width, height, channels: 3 } })
    .withExif({ IFD0: { ImageDescription: canary } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A decompression bomb: a PNG of a few bytes that says it is 100,000 x 100,000 pixels. */
export function bombPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(100_000, 0);
  header.writeUInt32BE(100_000, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', Buffer.alloc(16)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export type Upload = { readonly status: number; readonly body: Record<string, unknown> };

export async function uploadImage(
  url: string,
  workshop: string,
  board: string,
  token: string | undefined,
  bytes: Uint8Array,
  type = 'image/png',
): Promise<Upload> {
  const response = await fetch(`${url}/api/workshops/${workshop}/boards/${board}/images`, {
    method: 'POST',
    headers: { 'Content-Type': type, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: Buffer.from(bytes),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export async function fetchImage(url: string, workshop: string, board: string, id: string, token?: string) {
  const response = await fetch(`${url}/api/workshops/${workshop}/boards/${board}/images/${id}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes };
}

/** The database files holding any 48-byte run of `bytes` taken from three places in it. */
export function filesHoldingBytes(dataDir: string, bytes: Uint8Array): string[] {
  const at = [0.3, 0.5, 0.8].map((share) => Math.floor(bytes.length * share));
  const needles = at.map((start) => Buffer.from(bytes.subarray(start, start + 48)));
  return readdirSync(dataDir)
    .filter((name) => name.startsWith(DATABASE_FILE))
    .filter((name) => {
      const file = readFileSync(join(dataDir, name));
      return needles.some((needle) => file.includes(needle));
    });
}
