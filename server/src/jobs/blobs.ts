import type { Duplex } from 'node:stream';

/**
 * Bytes travel beside the IPC channel, not through it: serializing an 8 MiB buffer into an IPC
 * message takes the event loop 50-100 ms, writing it to a pipe almost nothing. A job's message
 * names its byte arrays by index (`{ [BLOB]: i }`) and their lengths; the bytes follow on the
 * worker's pipe (fd 3) in that order.
 */
const BLOB = '$blob';

/** `value` with each Uint8Array replaced by a reference, and the arrays in reference order. */
export function packBlobs(value: unknown): { readonly value: unknown; readonly blobs: Uint8Array[] } {
  const blobs: Uint8Array[] = [];
  const walk = (item: unknown): unknown => {
    if (item instanceof Uint8Array) return { [BLOB]: blobs.push(item) - 1 };
    if (Array.isArray(item)) return item.map(walk);
    if (typeof item === 'object' && item !== null) {
      return Object.fromEntries(Object.entries(item).map(([key, field]) => [key, walk(field)]));
    }
    return item;
  };
  return { value: walk(value), blobs };
}

/** The reverse of `packBlobs`. */
export function unpackBlobs(value: unknown, blobs: readonly Uint8Array[]): unknown {
  if (Array.isArray(value)) return value.map((item) => unpackBlobs(item, blobs));
  if (typeof value !== 'object' || value === null) return value;
  const index = (value as Record<string, unknown>)[BLOB];
  if (typeof index === 'number') return blobs[index];
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, unpackBlobs(field, blobs)]));
}

/** Reads byte arrays of given lengths off a stream, in order; one read at a time. */
export class BlobReader {
  #chunks: Buffer[] = [];
  #buffered = 0;
  #waiting: { readonly total: number; readonly done: (bytes: Buffer) => void } | undefined;

  constructor(stream: Duplex) {
    stream.on('data', (chunk: Buffer) => {
      this.#chunks.push(chunk);
      this.#buffered += chunk.length;
      this.#settle();
    });
  }

  async read(lengths: readonly number[]): Promise<Uint8Array[]> {
    const total = lengths.reduce((sum, length) => sum + length, 0);
    const bytes = await new Promise<Buffer>((done) => {
      this.#waiting = { total, done };
      this.#settle();
    });
    let offset = 0;
    return lengths.map((length) => {
      offset += length;
      return bytes.subarray(offset - length, offset);
    });
  }

  #settle(): void {
    const waiting = this.#waiting;
    if (!waiting || this.#buffered < waiting.total) return;
    this.#waiting = undefined;
    const all = this.#chunks.length === 1 ? this.#chunks[0]! : Buffer.concat(this.#chunks);
    this.#chunks = all.length > waiting.total ? [all.subarray(waiting.total)] : [];
    this.#buffered -= waiting.total;
    waiting.done(all.subarray(0, waiting.total));
  }
}

/** Writes the arrays to the stream, in order. */
export function writeBlobs(stream: Duplex, blobs: readonly Uint8Array[]): void {
  for (const blob of blobs) if (blob.length > 0) stream.write(blob);
}
