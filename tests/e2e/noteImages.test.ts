import { mkdirSync } from 'node:fs';
import { setProjectorView } from '@avaa/board-model';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { startNote } from './support/comments.ts';
import { noteOnLaptopAndPhone, shootReloaded } from './support/noteScene.ts';
import { asFacilitator } from './support/projector.ts';
import { type CreatedWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { waitLive } from './support/workshop.ts';

// A participant on a phone puts a photo on a note from the note menu, by keyboard; the
// facilitator's laptop shows it; it is taken off again. Screenshots go to /tmp/note-image-shots.
const SHOTS = '/tmp/note-image-shots';
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let aino: Page;
let bertil: Page;

const NOTE = 'Ohjaamon aulan ilmoitustaulu';

/** A photo-like JPEG: coloured bands, so it is seen on the screenshots. */
function photo(): Promise<Buffer> {
  const width = 800;
  const height = 600;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      pixels[at] = (x * 255) / width;
      pixels[at + 1] = 120 + (y * 100) / height;
      pixels[at + 2] = 200 - (x * 150) / width;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg()
    .toBuffer();
}

function shoot(page: Page, name: string, language: 'fi' | 'sv'): Promise<void> {
  return shootReloaded(page, `${SHOTS}/${name}`, language, '.note-image img');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  ({ workshop, aino, bertil } = await noteOnLaptopAndPhone(browser, server.url, 'Ohjaamo Vantaa – kuvat', NOTE));
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('an image on a note', () => {
  it('a participant adds a photo from the note menu by keyboard; everyone sees it with its alt text', async () => {
    const note = startNote(bertil, NOTE);
    await note.getByRole('button', { name: `Lapun toiminnot: ${NOTE}` }).press('Enter');
    const add = note.getByRole('button', { name: 'Lisää kuva' });
    const input = note.locator('input[type="file"]');
    expect(await input.getAttribute('accept')).toBe('image/*');
    expect(await input.getAttribute('capture')).toBe('environment');
    const chooser = bertil.waitForEvent('filechooser');
    await add.press('Enter');
    await (await chooser).setFiles({ name: 'kuva.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await bertil.getByText('Kuva lisätty lappuun.').first().waitFor();
    const alt = `Kuva lapussa: ${NOTE}`;
    await startNote(aino, NOTE).getByRole('img', { name: alt }).waitFor();
    const shown = startNote(aino, NOTE).locator('.note-image img');
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);
    expect(await seriousViolations(aino)).toEqual([]);

    // The projector (its own viewer token) shows it too, on the common table.
    const projector = await (
      await newPerson(browser, 'Projektori', { viewport: { width: 1366, height: 768 } })
    ).newPage();
    await asFacilitator(workshop, 'workshop', (doc) => setProjectorView(doc, 'table'));
    await projector.goto(workshop.links.projector);
    const onWall = projector.locator('.projector-note .note-image img');
    await onWall.waitFor();
    expect(await onWall.getAttribute('alt')).toBe(alt);
    await expect.poll(() => onWall.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);
    await projector.screenshot({ path: `${SHOTS}/projector-1366x768-fi.png` });
    await projector.close();
  });

  it('screenshots at 1366x768 and 390x844, in Finnish and Swedish', async () => {
    for (const language of ['fi', 'sv'] as const) {
      await shoot(aino, 'laptop', language);
      await shoot(bertil, 'phone', language);
    }
    for (const page of [aino, bertil]) {
      await page.evaluate(() => window.localStorage.setItem('avaa:language', 'fi'));
      await page.reload();
      await waitLive(page);
    }
  });

  it('a file that is not an image is refused in words; the image is taken off from the menu', async () => {
    const note = startNote(bertil, NOTE);
    await note.getByRole('button', { name: `Lapun toiminnot: ${NOTE}` }).press('Enter');
    const replace = note.getByRole('button', { name: 'Vaihda kuva' });
    await replace.scrollIntoViewIfNeeded();
    await bertil.screenshot({ path: `${SHOTS}/phone-menu-390x844-fi.png` });
    const chooser = bertil.waitForEvent('filechooser');
    await replace.press('Enter');
    await (await chooser).setFiles({ name: 'muistio.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('ei kuva') });
    await bertil.getByText('Tiedosto ei ole JPEG- tai PNG-kuva.').first().waitFor();
    await note.getByRole('button', { name: 'Poista kuva' }).press('Enter');
    await expect.poll(() => startNote(aino, NOTE).locator('.note-image').count()).toBe(0);
  });
});
