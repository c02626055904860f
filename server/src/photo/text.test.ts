import { readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PhotoPixels } from './pixels.ts';
import { inkOnPaper, MIN_CONFIDENCE, TextReader } from './text.ts';

/** A straightened note crop: words in `font` on a paper note's colour, as cropNote gives it. */
async function note(font: string, lines: readonly string[], paper = '#f7e36b', ink = '#1a1a60'): Promise<PhotoPixels> {
  const text = lines
    .map(
      (line, i) =>
        `<text x="40" y="${170 + i * 100}" font-family="${font}" font-size="64" fill="${ink}">${line}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="420"><rect width="420" height="420" fill="${paper}"/>${text}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

describe('TextReader', () => {
  let reader: TextReader;
  beforeAll(async () => {
    reader = await TextReader.start('fi');
  }, 60_000);
  afterAll(() => reader.close());

  it('reads printed words on a yellow note with a high confidence', async () => {
    const read = await reader.read(await note('DejaVu Sans', ['Kela', 'tuki']), 'fi');
    expect(read.text).toBe('Kela\ntuki');
    expect(read.confidence).toBeGreaterThan(0.8);
  });

  it('reads hand-lettered capitals on an orange note, ä and ö included, in a Swedish board too', async () => {
    const read = await reader.read(await note('Humor Sans', ['Työpaja', 'Ohjaamo'], '#ffb36b'), 'sv');
    expect(read.text.toLowerCase()).toContain('työpaja');
    expect(read.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(read.confidence).toBeLessThanOrEqual(1);
  });

  it('answers no text, but its confidence, where it is unsure (a scrawl), and nothing on a blank note', async () => {
    const scrawl = await reader.read(await note('DkgHandwriting', ['Nuorten', 'työpaja']), 'fi');
    expect(scrawl.confidence).toBeGreaterThanOrEqual(0);
    if (scrawl.confidence < MIN_CONFIDENCE) expect(scrawl.text).toBe('');
    const blank = await reader.read(await note('DejaVu Sans', []), 'en');
    expect(blank).toEqual({ text: '', confidence: 0 });
  });

  it('takes its language data from the npm packages only: the thread has no fetch and writes no cache', () => {
    // tesseract.js caches language data in its working directory unless told not to.
    const written = readdirSync(process.cwd()).filter((name) => name.includes('traineddata'));
    expect(written).toEqual([]);
    const thread = readFileSync(new URL('./tesseractThread.cjs', import.meta.url), 'utf8');
    expect(thread).toContain('fetch: (url) => Promise.reject(');
    expect(thread).toContain('writeCache: () => Promise.reject(');
    expect(thread).not.toMatch(/https?:/);
  });
});

describe('inkOnPaper', () => {
  it('turns pen on any note colour into dark on white, the margin cut off', async () => {
    for (const paper of ['#f7e36b', '#7fd3f7', '#f79ad3']) {
      const grey = inkOnPaper(await note('DejaVu Sans', ['Kela'], paper));
      expect(grey.width).toBe(420 - 2 * Math.round(420 * 0.06));
      const paperAt = grey.data[10 * grey.width + 10]!;
      expect(paperAt).toBeGreaterThan(240);
      expect(grey.data.reduce((m, v) => Math.min(m, v), 255)).toBeLessThan(30);
    }
  });
});
