import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderBlankTemplate } from '@avaa/print';
import { loadFonts } from '@avaa/print/node';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SegmentedNote } from './notes.ts';
import { CROP_SIDE, readPhoto } from './readPhoto.ts';
import { TextReader } from './text.ts';

const dir = mkdtempSync(join(tmpdir(), 'avaa-read-photo-'));

/** The blank A4 template as pdftoppm renders it at 100 dpi (portrait), as a JPEG. */
async function template(): Promise<Buffer> {
  const pdf = renderBlankTemplate(
    { language: 'fi', paper: 'A4', url: 'https://avaa.example/w/demo' },
    await loadFonts(),
  );
  writeFileSync(join(dir, 't.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', '100', '-singlefile', '-png', join(dir, 't.pdf'), join(dir, 't')]);
  return sharp(readFileSync(join(dir, 't.png')))
    .jpeg({ quality: 85 })
    .toBuffer();
}

describe('readPhoto', () => {
  let reader: TextReader;
  let upright: Buffer;
  beforeAll(async () => {
    reader = await TextReader.start('fi');
    upright = await template();
  }, 60_000);
  afterAll(() => reader.close());

  it('turns a photo upright by its EXIF orientation before looking for the printout', async () => {
    // Stored turned a quarter, with the orientation tag that says so (as phones write them).
    const turned = await sharp(upright).rotate(270).jpeg().toBuffer();
    const sideways = await sharp(turned).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const { width = 0, height = 0 } = await sharp(upright).metadata();
    expect(await sharp(sideways).metadata()).toMatchObject({ width: height, height: width, orientation: 6 });
    const read = await readPhoto(sideways, { language: 'fi', reader });
    expect(read).toMatchObject({ ok: true, width, height });
  });

  it('answers each note with its text and its crop as a JPEG without metadata, its id the hash of its bytes', async () => {
    const note: SegmentedNote = {
      sheet: 0,
      cell: 'during:services',
      inCell: 1,
      colour: 'yellow',
      corners: [
        { x: 100, y: 300 },
        { x: 400, y: 300 },
        { x: 400, y: 600 },
        { x: 100, y: 600 },
      ],
      cornersMm: [
        { x: 30, y: 80 },
        { x: 106, y: 80 },
        { x: 106, y: 156 },
        { x: 30, y: 156 },
      ],
      flags: [],
    };
    const read = await readPhoto(upright, { language: 'fi', reader, segment: () => [note] });
    if (!read.ok) throw new Error(read.error);
    expect(read.sha256).toMatch(/^[0-9a-f]{64}$/);
    const [found] = read.notes;
    expect(found).toMatchObject({ cell: 'during:services', colour: 'yellow', crop: { width: CROP_SIDE } });
    const metadata = await sharp(found!.crop.bytes).metadata();
    expect([metadata.format, metadata.exif, metadata.icc]).toEqual(['jpeg', undefined, undefined]);
    const { createHash } = await import('node:crypto');
    expect(found!.crop.id).toBe(createHash('sha256').update(found!.crop.bytes).digest('hex'));
    // The same photo gives the same crop bytes: posting it again stores nothing twice.
    const again = await readPhoto(upright, { language: 'fi', reader, segment: () => [note] });
    expect(again.ok && again.notes[0]!.crop.id).toBe(found!.crop.id);
  });

  it('refuses what is not a JPEG or PNG, more than 50 megapixels before decoding, and a photo of no printout', async () => {
    const options = { language: 'fi', reader } as const;
    expect(await readPhoto(new TextEncoder().encode('GIF89a not a photo'), options)).toEqual({
      ok: false,
      error: 'not-an-image',
    });
    const webp = await sharp(upright).webp().toBuffer();
    expect(await readPhoto(webp, options)).toEqual({ ok: false, error: 'not-an-image' });
    const big = await sharp({ create: { width: 8000, height: 7000, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    expect(await readPhoto(big, options)).toEqual({ ok: false, error: 'image-too-large' });
    const wall = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#8a8a80' } })
      .jpeg()
      .toBuffer();
    expect(await readPhoto(wall, options)).toEqual({ ok: false, error: 'no-printout-found' });
  });
});
