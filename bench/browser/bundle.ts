import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round } from '../sync/load.ts';

export type Chunk = {
  readonly chunk: string;
  /** `initial`: named in index.html; `board`: also fetched to show a board; `lazy`: neither. */
  readonly loads: 'initial' | 'board' | 'lazy';
  readonly kB: number;
  readonly 'gzip kB': number;
};

/** Every JavaScript chunk of a build with its gzip size and when the browser fetches it. */
export function chunks(dist: string, fetchedForBoard: ReadonlySet<string>): Chunk[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = join(dist, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(assets, file));
      const loads: Chunk['loads'] = html.includes(`/assets/${file}`)
        ? 'initial'
        : fetchedForBoard.has(file)
          ? 'board'
          : 'lazy';
      return {
        chunk: file,
        loads,
        kB: round(bytes.byteLength / 1024, 1),
        'gzip kB': round(gzipSync(bytes).byteLength / 1024, 1),
      };
    })
    .sort((a, b) => a.loads.localeCompare(b.loads) || b['gzip kB'] - a['gzip kB']);
}

export function totals(list: readonly Chunk[]) {
  const sum = (filter: (chunk: Chunk) => boolean) =>
    round(
      list.filter(filter).reduce((total, chunk) => total + chunk['gzip kB'], 0),
      1,
    );
  return {
    'initial gzip kB (index.html)': sum((chunk) => chunk.loads === 'initial'),
    'to show a board gzip kB': sum((chunk) => chunk.loads !== 'lazy'),
    'lazy gzip kB (printing, other pages)': sum((chunk) => chunk.loads === 'lazy'),
  };
}
