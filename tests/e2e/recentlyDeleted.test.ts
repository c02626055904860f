import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote, CELL, notesIn, noteTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// Issue 14, point 13: one participant could delete every note of the common table, and the
// erasure then made it unrecoverable.

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let facilitator: Page;
let anna: Page;
let pekka: Page;

const SHOTS = '/tmp/deletes-shots';
const NOT_YOURS = 'Yhteiseltä taululta voit poistaa vain itse kirjoittamiasi lappuja.';
const menuOf = (page: Page, text: string) =>
  page.getByRole('button', { name: new RegExp(`^Lapun toiminnot: ${text}`) });
const deleteButton = (page: Page) => page.locator('.note-menu').getByRole('button', { name: 'Poista', exact: true });

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä');
  facilitator = await (
    await newPerson(browser, 'Fasilitaattori', { viewport: { width: 1280, height: 720 } })
  ).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
  anna = await joinWorkshop(await (await newPerson(browser, 'Anna')).newPage(), workshop.links.participant, 'Anna');
  pekka = await joinWorkshop(await (await newPerson(browser, 'Pekka')).newPage(), workshop.links.participant, 'Pekka');
  await addNote(anna, CELL.startServices, 'Matalan kynnyksen päivystys');
  await addNote(pekka, CELL.startServices, 'Verkostotapaamiset');
  await notesIn(anna, CELL.startServices).nth(1).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('deleting on the common table', () => {
  it("does not offer a participant the delete of another's note, and says why", async () => {
    await expect.poll(() => noteTexts(anna, CELL.startServices)).toHaveLength(2);
    await menuOf(anna, 'Verkostotapaamiset').click();
    expect(await deleteButton(anna).isDisabled()).toBe(true);
    expect(await anna.getByText(NOT_YOURS).count()).toBe(1);
    await anna.screenshot({ path: `${SHOTS}/not-yours-1366-fi.png` });
    await anna.keyboard.press('Escape');
    await menuOf(anna, 'Matalan kynnyksen').click();
    expect(await deleteButton(anna).isEnabled()).toBe(true);
    await anna.keyboard.press('Escape');
  });

  it('lets the facilitator restore every deleted note from "Recently deleted"', async () => {
    for (const text of ['Verkostotapaamiset', 'Matalan kynnyksen']) {
      await menuOf(facilitator, text).click();
      await deleteButton(facilitator).click();
    }
    await expect.poll(() => noteTexts(anna, CELL.startServices)).toEqual([]);
    const panel = facilitator.locator('details.recently-deleted');
    await panel.getByText('Äskettäin poistetut (2)').click();
    expect(await panel.locator('.recently-deleted__text').allInnerTexts()).toEqual(
      expect.arrayContaining(['Verkostotapaamiset', 'Matalan kynnyksen päivystys']),
    );
    await panel.scrollIntoViewIfNeeded();
    await facilitator.screenshot({ path: `${SHOTS}/recently-deleted-1280-fi.png` });
    await facilitator.setViewportSize({ width: 390, height: 844 });
    await panel.scrollIntoViewIfNeeded();
    await facilitator.screenshot({ path: `${SHOTS}/recently-deleted-390-fi.png` });
    await facilitator.setViewportSize({ width: 1280, height: 720 });
    await panel.getByRole('button', { name: 'Palauta lappu: Verkostotapaamiset' }).click();
    await expect.poll(() => noteTexts(anna, CELL.startServices)).toEqual(['Verkostotapaamiset']);
    await panel.getByRole('button', { name: 'Palauta kaikki' }).click();
    await expect.poll(() => notesIn(anna, CELL.startServices).count()).toBe(2);
    await expect.poll(() => panel.getByText('Äskettäin poistetut (0)').count()).toBe(1);
  });

  it('lets participants delete any note once the facilitator allows it', async () => {
    await facilitator
      .getByRole('checkbox', { name: 'Osallistujat saavat poistaa toistensa lappuja yhteiseltä taululta' })
      .check();
    await menuOf(anna, 'Verkostotapaamiset').click();
    await expect.poll(() => deleteButton(anna).isEnabled()).toBe(true);
    await deleteButton(anna).click();
    await expect.poll(() => noteTexts(pekka, CELL.startServices)).toEqual(['Matalan kynnyksen päivystys']);
    // The same panel in Swedish, for the screenshots.
    await facilitator.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
    const panel = facilitator.locator('details.recently-deleted');
    await panel.getByText('Nyligen borttagna (1)').waitFor();
    for (const [width, height] of [
      [1280, 720],
      [390, 844],
    ] as const) {
      await facilitator.setViewportSize({ width, height });
      await panel.scrollIntoViewIfNeeded();
      await facilitator.screenshot({ path: `${SHOTS}/recently-deleted-${width}-sv.png` });
    }
  });
});
