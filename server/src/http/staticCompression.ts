import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * The web app's files compressed for the wire: about a third of their size, which on a phone's
 * slow link is most of the first load (issue 19: 920 kB uncompressed to show a board). Each file
 * is compressed once per encoding and kept while it is unchanged (the build's files: a few MB).
 */
export type Encoding = 'br' | 'gzip';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg\+xml)/;
/** Below this the headers weigh more than what compression saves. */
const MIN_BYTES = 1024;
/** Nothing of the build is this large; a bigger file is sent as it is rather than held in memory. */
const MAX_BYTES = 16 * 1024 * 1024;
/** Quality 5: near gzip's speed (about 0.2 s for the whole build), a tenth smaller than gzip -9. */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The encoding a file of `type` and `size` goes out in, from the request's Accept-Encoding. */
export function chooseEncoding(acceptEncoding: string | undefined, type: string, size: number): Encoding | null {
  if (!acceptEncoding || !COMPRESSIBLE.test(type) || size < MIN_BYTES || size > MAX_BYTES) return null;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim());
    const q = params.find((param) => param.startsWith('q='));
    if (q === undefined || Number(q.slice(2)) > 0) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

type Kept = { readonly mtimeMs: number; readonly size: number; readonly body: Promise<Buffer> };
const kept = new Map<string, Kept>();

/**
 * The file's bytes in `encoding`, compressed on first use; a changed file is compressed again.
 * For brotli, the build's own `<file>.br` when there is one as new as the file: the build
 * compresses at the best quality (apps/web/vite/precompress.ts), too slow to do here.
 */
export function compressedFile(file: string, info: Stats, encoding: Encoding): Promise<Buffer> {
  const key = `${encoding}\u0000${file}`;
  const known = kept.get(key);
  if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known.body;
  const body =
    encoding === 'br'
      ? precompressed(file, info).then(async (built) => built ?? brotli(await readFile(file), BROTLI))
      : readFile(file).then((raw) => gzipped(raw, { level: 9 }));
  kept.set(key, { mtimeMs: info.mtimeMs, size: info.size, body });
  // A failed read is not kept: the next request tries again.
  body.catch(() => kept.get(key)?.body === body && kept.delete(key));
  return body;
}

/** The build's brotli copy of `file`, or null if there is none or it is older than the file. */
async function precompressed(file: string, info: Stats): Promise<Buffer | null> {
  const built = `${file}.br`;
  try {
    if ((await stat(built)).mtimeMs < info.mtimeMs) return null;
    return await readFile(built);
  } catch {
    return null;
  }
}
