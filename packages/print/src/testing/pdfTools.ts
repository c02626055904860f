import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Reads PDFs back with Debian's poppler-utils (pdftotext, pdfinfo, pdftoppm), as a person's PDF
 * viewer would: the tests check what is on the page, not what the renderer meant to put there.
 * Test-only: it writes temporary files and runs processes.
 */
const dir = mkdtempSync(join(tmpdir(), 'avaa-print-'));
let counter = 0;

export function writePdf(pdf: Uint8Array, name = 'print'): string {
  const path = join(dir, `${name}-${counter++}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export type TextMode = 'layout' | 'raw';

/** The text of page `page` (from 1), or of every page; `raw` keeps the drawing order. */
export function pdfText(path: string, mode: TextMode = 'layout', page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return run('pdftotext', [`-${mode}`, '-enc', 'UTF-8', ...range, path, '-']);
}

/**
 * Text as read, to compare with what was printed: a word hyphenated over a line end joined
 * again, whitespace (line breaks from wrapping included) folded to single spaces. A hyphen
 * between letters is dropped, as a reader cannot tell "opinto-|ohjaaja" broken after its own
 * hyphen from a hyphenated break: apply it to both sides.
 */
export function squash(text: string): string {
  return text
    .replace(/(\p{L})-[ \t]*\r?\n\s*(?=\p{L})/gu, '$1')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export type PdfPage = { readonly width: number; readonly height: number };

/** Every page's size in PDF points, from `pdfinfo`. */
export function pdfPages(path: string): PdfPage[] {
  const info = run('pdfinfo', ['-f', '1', '-l', '100000', path]);
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** Millimetres to PDF points, to compare with `pdfinfo`. */
export function points(mm: number): number {
  return (mm * 72) / 25.4;
}

/** How often `needle` occurs in `text`. */
export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

export type GreyImage = { readonly width: number; readonly height: number; readonly pixels: Uint8Array };

/** Renders one page (from 1) as a greyscale image at `resolution` dpi. */
export function renderGrey(path: string, page: number, resolution = 50): GreyImage {
  const prefix = join(dir, `page-${counter++}`);
  run('pdftoppm', [
    '-r',
    String(resolution),
    '-gray',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    path,
    prefix,
  ]);
  const pgm = readFileSync(`${prefix}.pgm`);
  // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
  const header = pgm
    .subarray(0, 50)
    .toString('latin1')
    .match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('pdftoppm wrote no PGM');
  return { width: Number(header[1]), height: Number(header[2]), pixels: pgm.subarray(header[0].length) };
}

/** The share of a rendered page's pixels that are not white: 0 for a blank page. */
export function inkCoverage(path: string, page: number, resolution = 50): number {
  const { pixels } = renderGrey(path, page, resolution);
  let ink = 0;
  for (const value of pixels) if (value < 200) ink++;
  return ink / pixels.length;
}

/** Renders pages to PNG at `resolution` dpi for a person to look at; returns the file prefix. */
export function renderPng(path: string, resolution = 50): string {
  const prefix = join(dir, `png-${counter++}`);
  run('pdftoppm', ['-r', String(resolution), '-png', path, prefix]);
  return prefix;
}
