import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { addNote, CELL, notesIn, noteTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { personIdOf, placeInGroups } from './support/facilitation.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// Issue 18, points 4 and 5: board modes set by the facilitator and shown on every screen, and a
// participant made co-facilitator (and back) live, in two browsers.
const SHOTS = '/tmp/modes-shots';

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let facilitator: Page;
let anna: Page;

const modeSelect = (page: Page, name = 'Taulun tila') => page.getByRole('combobox', { name });
const buttonsOn = (page: Page, text: string) =>
  notesIn(page, CELL.startServices).filter({ hasText: text }).getByRole('button');
/** The common table's mode as the facilitator's page reads it from the workshop document. */
const modeSelectValue = async (id: string) => {
  const page = await facilitator.context().newPage();
  await page.goto(`${server.url}/w/${id}`);
  await page.locator('[data-cell="start:services"]').waitFor();
  const value = await modeSelect(page).inputValue();
  await page.close();
  return value;
};
const addButtons = (page: Page) => page.getByRole('button', { name: 'Lisää lappu', exact: true });

const LIVE = { fi: 'Yhteydessä', sv: 'Ansluten' } as const;

/** The page in `language`, on the common table, live. */
async function speak(page: Page, language: 'fi' | 'sv'): Promise<void> {
  await page.evaluate((value) => window.localStorage.setItem('avaa:language', value), language);
  await page.reload();
  await page.getByRole('status').filter({ hasText: LIVE[language] }).first().waitFor();
  if (!page.url().endsWith(`/w/${workshop.id}`)) {
    await page.goto(`${server.url}/w/${workshop.id}`);
    await page.getByRole('status').filter({ hasText: LIVE[language] }).first().waitFor();
  }
  await page.locator('[data-cell="start:services"]').waitFor();
}

async function shoot(page: Page, name: string, language: 'fi' | 'sv'): Promise<void> {
  await speak(page, language);
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  await page.screenshot({ path: `${SHOTS}/${name}-${width}x${height}-${language}.png` });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä');
  facilitator = await (await newPerson(browser, 'Fasilitaattori')).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
  const phone = await newPerson(browser, 'Anna', { viewport: { width: 390, height: 844 }, hasTouch: true });
  anna = await joinWorkshop(await phone.newPage(), workshop.links.participant, 'Anna');
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('board modes', () => {
  it('own notes only: the participant edits her notes, others’ are read-only, and she sees why', async () => {
    await addNote(facilitator, CELL.startServices, 'Fasilitaattorin lappu');
    await addNote(anna, CELL.startServices, 'Annan lappu');
    await expect.poll(() => noteTexts(facilitator, CELL.startServices)).toHaveLength(2);
    await expect.poll(() => buttonsOn(anna, 'Fasilitaattorin lappu').count()).toBeGreaterThan(0);

    await modeSelect(facilitator).selectOption('own-notes');
    await anna.getByRole('status').filter({ hasText: 'Vain omat laput' }).waitFor();
    await expect.poll(() => buttonsOn(anna, 'Fasilitaattorin lappu').count()).toBe(0);
    expect(await buttonsOn(anna, 'Annan lappu').count()).toBeGreaterThan(0);
    expect(await addButtons(anna).count()).toBeGreaterThan(0);
    expect(await seriousViolations(anna)).toEqual([]);
  });

  it('locked: nothing to add, move or edit for the participant; the facilitator still writes', async () => {
    await modeSelect(facilitator).selectOption('locked');
    await anna.getByRole('status').filter({ hasText: 'Lukittu' }).waitFor();
    await expect.poll(() => addButtons(anna).count()).toBe(0);
    expect(await buttonsOn(anna, 'Annan lappu').count()).toBe(0);
    await addNote(facilitator, CELL.startServices, 'Esityksen aikana');
    await expect.poll(() => noteTexts(anna, CELL.startServices)).toContain('Esityksen aikana');
    expect(await seriousViolations(facilitator)).toEqual([]);
    for (const language of ['fi', 'sv'] as const) {
      await shoot(anna, 'locked-participant', language);
      await anna.setViewportSize({ width: 1366, height: 768 });
      await shoot(anna, 'locked-participant', language);
      await anna.setViewportSize({ width: 390, height: 844 });
      for (const viewport of [
        { width: 1366, height: 768 },
        { width: 1280, height: 720 },
      ]) {
        await facilitator.setViewportSize(viewport);
        await shoot(facilitator, 'locked-facilitator', language);
      }
      await modeSelect(facilitator, language === 'fi' ? 'Taulun tila' : 'Tavlans läge').selectOption('own-notes');
      await shoot(anna, 'own-notes-participant', language);
      await modeSelect(facilitator, language === 'fi' ? 'Taulun tila' : 'Tavlans läge').selectOption('locked');
    }
    for (const page of [anna, facilitator]) await speak(page, 'fi');
    await facilitator.setViewportSize({ width: 1366, height: 768 });
    await modeSelect(facilitator).selectOption('open');
    await expect.poll(() => addButtons(anna).count()).toBeGreaterThan(0);
  }, 240_000);
});

describe('a group’s board', () => {
  it('holds its own mode: the facilitator locks group 1’s board there, its member sees it', async () => {
    await placeInGroups(workshop, [{ person: await personIdOf(anna, workshop), group: 1 }]);
    await facilitator.goto(`${server.url}/w/${workshop.id}/group/1`);
    await waitLive(facilitator);
    await anna.goto(`${server.url}/w/${workshop.id}/group/1`);
    await waitLive(anna);
    await expect.poll(() => addButtons(anna).count()).toBeGreaterThan(0);
    await modeSelect(facilitator).selectOption('locked');
    await anna.getByRole('status').filter({ hasText: 'Lukittu' }).waitFor();
    await expect.poll(() => addButtons(anna).count()).toBe(0);
    await facilitator.screenshot({ path: `${SHOTS}/group-locked-facilitator-1366x768-fi.png` });
    await anna.screenshot({ path: `${SHOTS}/group-locked-participant-390x844-fi.png` });
    // The common table stays open meanwhile.
    expect(await modeSelectValue(workshop.id)).toBe('open');
    await modeSelect(facilitator).selectOption('open');
    await expect.poll(() => addButtons(anna).count()).toBeGreaterThan(0);
  });
});

describe('co-facilitators', () => {
  it('the facilitator makes a participant co-facilitator and takes it back, live on her screen', async () => {
    await facilitator.goto(`${server.url}/w/${workshop.id}/people`);
    const grant = facilitator.getByRole('button', { name: 'Tee kanssafasilitaattoriksi: Anna' });
    await grant.click();
    // Anna's board grows the facilitator's controls, without a reload.
    await modeSelect(anna).waitFor();
    await facilitator.getByText('Kanssafasilitaattori', { exact: true }).waitFor();
    expect(await seriousViolations(facilitator)).toEqual([]);
    await facilitator.screenshot({ path: `${SHOTS}/people-co-facilitator-1366x768-fi.png`, fullPage: true });
    await facilitator.getByRole('button', { name: 'Poista fasilitaattorin oikeudet: Anna' }).click();
    await expect.poll(() => modeSelect(anna).count()).toBe(0);
  });

  it('a second facilitator link opens the workshop as the facilitator', async () => {
    await facilitator.getByRole('button', { name: 'Luo toinen linkki' }).click();
    const field = facilitator.getByRole('textbox', { name: 'Toinen fasilitaattorin linkki' });
    await field.waitFor();
    const link = await field.inputValue();
    expect(link).toContain(`/w/${workshop.id}#token=v1.`);
    const other = await (await newPerson(browser, 'Varalaite')).newPage();
    await other.goto(link);
    await waitLive(other);
    await modeSelect(other).waitFor();
    await other.close();
  });
});
