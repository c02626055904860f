import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PrintFonts } from '../printable.ts';

/**
 * DejaVu Sans from the `dejavu-fonts-ttf` package, for the server and the tests. Kept out of the
 * renderer so the browser bundle never pulls in `node:fs`; the browser fetches the same files
 * as self-hosted assets.
 */
export function fontDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

let cached: Promise<PrintFonts> | undefined;

export function loadFonts(): Promise<PrintFonts> {
  cached ??= (async () => {
    const dir = fontDirectory();
    const [regular, bold] = await Promise.all([
      readFile(join(dir, 'DejaVuSans.ttf')),
      readFile(join(dir, 'DejaVuSans-Bold.ttf')),
    ]);
    return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
  })();
  return cached;
}
