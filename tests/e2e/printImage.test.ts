import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addStep, createNote, createPath } from '@avaa/board-model';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePng, hasPngSignature, inkShare } from '../integration/helpers/png.ts';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { must } from './support/paths.ts';
import { openRoom } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { waitLive } from './support/workshop.ts';

// The table as an image from the print dialog (issue 18): chosen by keyboard, made in the
// browser, downloaded and read back (the PNG decoded, the SVG parsed by Chromium's XML parser).
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
const dir = mkdtempSync(join(tmpdir(), 'avaa-print-image-'));
const SHOTS = process.env.AVAA_SHOTS ?? dir;
mkdirSync(SHOTS, { recursive: true });

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Kuvapäivä');
  const table = await openRoom(workshop, workshop.sync.board, workshop.sync.tokens.facilitator as string);
  const dropIn = must(createNote(table.doc, 'start:services', { text: 'Matalan kynnyksen päivystys' }));
  must(createNote(table.doc, 'ending:participation', { text: '<script>alert(1)</script> ]]> "lainaus"' }));
  const path = must(createPath(table.doc, { name: 'Kertakävijä' }));
  must(addStep(table.doc, path, { noteId: dropIn }));
  await table.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function openPrintDialog(width: number, height: number) {
  const page = await (await newPerson(browser, 'Fasu', { viewport: { width, height } })).newPage();
  await page.goto(workshop.links.facilitator);
  await waitLive(page);
  await page.getByRole('button', { name: 'Tulosta / vie' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tulosta tai vie' });
  await dialog.locator('iframe[src^="blob:"]').waitFor({ state: 'attached' });
  return { page, dialog };
}

async function download(page: Page, dialog: Locator, button: string): Promise<{ file: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: button }).click(),
  ]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { file: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** The preview's image once it shows the latest choice. */
async function imageChanged(dialog: Locator, before: string | null): Promise<string | null> {
  const image = dialog.locator('img.print-image');
  await expect.poll(() => image.getAttribute('src')).not.toBe(before);
  return image.getAttribute('src');
}

describe('the table as an image in the print dialog', () => {
  it('is chosen by keyboard and downloads a PNG of the table, not blank', async () => {
    const { page, dialog } = await openPrintDialog(1366, 768);
    // The format is a radio group: arrow keys move the choice, as in every other group of the dialog.
    await dialog.getByRole('radio', { name: 'PDF tulostettavaksi' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => dialog.getByRole('radio', { name: 'Kuva (PNG)' }).isChecked()).toBe(true);
    await imageChanged(dialog, null);
    // The paper is the image's own choice: no paper sizes offered.
    expect(await dialog.getByRole('group', { name: 'Paperikoko' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'print-dialog-png-fi-1366x768.png') });

    await dialog.getByRole('button', { name: 'Lataa kuva (PNG)' }).focus();
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toMatch(/^kuvapaiva-\d{4}-\d\d-\d\d-table\.png$/);
    const path = join(dir, 'table.png');
    await file.saveAs(path);
    const bytes = readFileSync(path);
    expect(hasPngSignature(bytes)).toBe(true);
    const png = decodePng(bytes);
    expect([png.width, png.height]).toEqual([1920, 1358]);
    expect(inkShare(png)).toBeGreaterThan(0.01);

    const before = await dialog.locator('img.print-image').getAttribute('src');
    await dialog.getByRole('checkbox', { name: 'Tarkka kuva (kaksinkertainen koko)' }).check();
    await dialog.getByRole('checkbox', { name: /Piirrä palvelupolut taulukon päälle/ }).check();
    await imageChanged(dialog, before);
    const sharp = await download(page, dialog, 'Lataa kuva (PNG)');
    expect(sharp.file).toMatch(/-table-2x-paths\.png$/);
    expect(decodePng(sharp.bytes).width).toBe(3840);
    await page.context().close();
  });

  it('downloads an SVG in the print language that Chromium parses as XML, the hostile note inert', async () => {
    const { page, dialog } = await openPrintDialog(1280, 720);
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    let src = await imageChanged(dialog, null);
    await dialog.getByLabel('Tulosteen kieli').selectOption('sv');
    src = await imageChanged(dialog, src);
    await page.screenshot({ path: join(SHOTS, 'print-dialog-svg-sv-1280x720.png') });
    const svg = await download(page, dialog, 'Lataa SVG');
    expect(svg.file).toMatch(/-table\.svg$/);
    const text = svg.bytes.toString('utf8');
    const read = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        lang: doc.documentElement.getAttribute('lang'),
        title: doc.querySelector('title')?.textContent,
        scripts: doc.getElementsByTagName('script').length,
        text: Array.from(doc.querySelectorAll('text'), (t) => t.textContent).join(''),
      };
    }, text);
    expect(read).toMatchObject({ errors: 0, lang: 'sv', title: 'Kuvapäivä – Kundprocesstabell', scripts: 0 });
    // Wrapped lines read back joined, without their spaces and break hyphens.
    const squashed = read.text.replace(/[\s-]/g, '');
    expect(squashed).toContain('Inledningsskedet');
    expect(squashed).toContain('<script>alert(1)</script>]]>"lainaus"');
    await page.context().close();
  });

  it('fits a phone, in Swedish', async () => {
    const page = await (await newPerson(browser, 'Fasu', { viewport: { width: 390, height: 844 } })).newPage();
    const link = new URL(workshop.links.facilitator);
    await page.goto(`${link.origin}/w/${workshop.id}?lang=sv${link.hash}`);
    await page.getByRole('button', { name: 'Meny' }).click();
    await page.getByRole('button', { name: 'Skriv ut / exportera' }).click();
    const dialog = page.getByRole('dialog', { name: 'Skriv ut eller exportera' });
    await dialog.locator('iframe[src^="blob:"]').waitFor({ state: 'attached' });
    await dialog.getByRole('radio', { name: 'Bild (PNG)' }).check();
    await imageChanged(dialog, null);
    await dialog.getByRole('checkbox', { name: 'Skarp bild (dubbel storlek)' }).scrollIntoViewIfNeeded();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'print-dialog-png-sv-390x844.png') });
    await dialog.locator('img.print-image').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'print-dialog-png-sv-390x844-preview.png') });
    await page.context().close();
  });
});
