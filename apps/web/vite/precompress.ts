import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
/** What the server compresses (server/src/http/staticCompression.ts), and only where it pays. */
const COMPRESSIBLE = /\.(js|css|svg|json|webmanifest)$/;
const MIN_BYTES = 1024;

/**
 * Writes `<file>.br` beside each of the build's assets, at brotli's best quality (11): about a
 * tenth smaller than the quality the server can afford when it compresses on the fly (5), which
 * on a phone's slow link is a tenth of the first load (issue 19). Too slow to do per request
 * (seconds for the largest chunks), so it is done once here; the server sends the `.br` file
 * when it is there and not older than the file.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'avaa-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      const assets = join(outDir, 'assets');
      const files = (await readdir(assets)).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          const raw = await readFile(join(assets, file));
          if (raw.byteLength < MIN_BYTES) return;
          const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength };
          await writeFile(join(assets, `${file}.br`), await brotli(raw, { params }));
        }),
      );
    },
  };
}
