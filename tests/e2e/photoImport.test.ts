import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePhoto, type Truth } from '../../bench/photo/generate.ts';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop } from './support/workshop.ts';

// Paper to table, end to end (issue 20): a participant on a phone photographs a printout with
// paper notes (generated as bench/photo does, from Avaa's own printout), reviews what the server
// found, types one note's text in the queue and adds them; another participant's laptop shows
// them with their images; adding the same photo again adds nothing; one Undo takes them all back.
// Screenshots of the review and the queue go to /tmp/i20-review.
const SHOTS = '/tmp/i20-review';
// The set's seed 7: a blank A4 template, the printout a group most often fills on a table.
const SEED = 7;
const TYPED = 'Ohjaamon chat-palvelu';

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let aino: Page;
let bertil: Page;
let dir: string;
let photo: Buffer;
let truth: Truth;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'avaa-photo-e2e-'));
  truth = await generatePhoto(SEED, dir);
  photo = readFileSync(join(dir, truth.photo.file));
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kerava – paperilta');
  const phone = await newPerson(browser, 'Aino', { viewport: { width: 390, height: 844 }, hasTouch: true });
  aino = await joinWorkshop(await phone.newPage(), workshop.links.participant, 'Aino');
  const laptop = await newPerson(browser, 'Bertil', { viewport: { width: 1366, height: 768 } });
  bertil = await joinWorkshop(await laptop.newPage(), workshop.links.participant, 'Bertil');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Opens "Valokuvaa paperitaulukko" (on a phone from the header's menu, on a laptop from the print
 * dialog) and sends the photo as a file; resolves on the review screen.
 */
async function sendPhoto(page: Page) {
  const open = page.getByRole('button', { name: 'Valokuvaa paperitaulukko' });
  const phone = (page.viewportSize()?.width ?? 0) < 760;
  // The header's menu stays open after the dialog closes.
  if (phone && !(await open.isVisible())) await page.getByRole('button', { name: 'Valikko' }).click();
  if (!phone) {
    expect(await open.count()).toBe(0);
    await page.getByRole('button', { name: 'Tulosta / vie' }).click();
    await page
      .getByRole('dialog', { name: 'Tulosta tai vie' })
      .getByRole('heading', { name: 'Paperilta taululle' })
      .waitFor();
  }
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Valokuvaa paperitaulukko' });
  const files = dialog.locator('input[data-photo-input]');
  expect(await files.getAttribute('accept')).toBe('image/jpeg,image/png');
  expect(await dialog.locator('input[capture="environment"]').count()).toBe(1);
  await files.setInputFiles({ name: 'taulukko.jpg', mimeType: 'image/jpeg', buffer: photo });
  await dialog.getByRole('heading', { name: 'Tarkista laput' }).waitFor({ timeout: 60_000 });
  return dialog;
}

/** The number in "Lisää N lappua" (or "Lisää 1 lappu"). */
async function acceptedCount(page: Page): Promise<number> {
  const label = await page.getByRole('button', { name: /^Lisää \d+ lappu/ }).innerText();
  return Number(/\d+/.exec(label)?.[0]);
}

const imagesOnBoard = (page: Page) => page.locator('#board .note-image').count();

describe('photographing a paper table', () => {
  it('finds the notes on the photo and shows them for review, each in its cell', async () => {
    const dialog = await sendPhoto(aino);
    const found = await dialog.getByRole('article').count();
    // The detection's own bar is measured over the whole set (bench/photo); here most notes suffice.
    expect(found).toBeGreaterThanOrEqual(Math.ceil(truth.notes.filter((n) => !n.offTable).length * 0.8));
    await dialog.getByRole('article').first().getByRole('img').waitFor();
    await aino.screenshot({ path: `${SHOTS}/e2e-review-390x844-fi.png` });
    expect(await seriousViolations(aino)).toEqual([]);
  }, 120_000);

  it('types one note in the transcription queue, adds them in one step, and the other participant sees them with their images', async () => {
    const dialog = aino.getByRole('dialog', { name: 'Valokuvaa paperitaulukko' });
    const queue = dialog.getByRole('button', { name: /^Kirjoita \d+ lapun teksti/ });
    if ((await queue.count()) > 0) {
      await queue.click();
      const field = dialog.getByRole('textbox', { name: /^Lapun \d+ teksti$/ });
      await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
      await aino.screenshot({ path: `${SHOTS}/e2e-queue-390x844-fi.png` });
      await field.fill(TYPED);
      await field.press('Enter');
      await dialog
        .getByRole('button', { name: 'Takaisin tarkistukseen' })
        .click()
        .catch(() => undefined);
    } else {
      // Everything was read: correct the first note's text instead.
      await dialog.getByRole('textbox', { name: 'Lapun 1 teksti' }).fill(TYPED);
    }
    const accepted = await acceptedCount(aino);
    await dialog.getByRole('button', { name: /^Lisää \d+ lappu/ }).click();
    await aino.getByText(new RegExp(`^${accepted} lappua? lisätty taululle\\.`)).waitFor();
    await expect.poll(() => imagesOnBoard(bertil), { timeout: 15_000 }).toBe(accepted);
    await bertil.locator('#board .note__text', { hasText: TYPED }).first().waitFor();
    const image = bertil.locator('#board .note-image img').first();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }, 120_000);

  it('adds nothing twice when the same photo is added again, from a laptop’s print dialog', async () => {
    const before = await imagesOnBoard(bertil);
    const dialog = await sendPhoto(bertil);
    const accepted = await acceptedCount(bertil);
    await dialog.getByRole('button', { name: /^Lisää \d+ lappu/ }).click();
    await bertil.getByText(new RegExp(`^${accepted} oli jo taululla\\.`)).waitFor();
    expect(await imagesOnBoard(bertil)).toBe(before);
    await bertil.getByRole('dialog', { name: 'Tulosta tai vie' }).getByRole('button', { name: 'Sulje' }).click();
  }, 120_000);

  it('one Undo takes every note of the photo back, on the other screen too', async () => {
    await aino.getByRole('button', { name: 'Kumoa', exact: true }).click();
    await expect.poll(() => imagesOnBoard(bertil), { timeout: 15_000 }).toBe(0);
    expect(await bertil.locator('#board .note__text', { hasText: TYPED }).count()).toBe(0);
  });
});
