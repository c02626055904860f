import { mkdir } from 'node:fs/promises';
import { setStage } from '@avaa/board-model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote, CELL, noteTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { countsLine, turnOnPrivateWriting } from './support/privateWriting.ts';
import { asFacilitator } from './support/projector.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// Issue 18, point 1: everyone writes alone first; others see only how many; the facilitator
// reveals all at once.

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let facilitator: Page;
let aino: Page;
let bror: Page;
let projector: Page;

const SHOTS = '/tmp/private-shots';
const AINOS = 'Aino: matala kynnys yksin';
const BRORS = 'Bror: verkostotapaamiset';

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä');
  // At setup the projector shows how to join; at the common table's stage, the table.
  await asFacilitator(workshop, 'workshop', (doc) => setStage(doc, 'common-table'));
  const laptop = { viewport: { width: 1280, height: 720 } };
  facilitator = await (await newPerson(browser, 'Fasilitaattori', laptop)).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
  aino = await joinWorkshop(await (await newPerson(browser, 'Aino')).newPage(), workshop.links.participant, 'Aino');
  const phone = { viewport: { width: 390, height: 844 }, hasTouch: true };
  bror = await joinWorkshop(
    await (await newPerson(browser, 'Bror', phone)).newPage(),
    workshop.links.participant,
    'Bror',
  );
  projector = await (await newPerson(browser, 'Videotykki', laptop)).newPage();
  await projector.goto(workshop.links.projector);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('writing alone, then the reveal', () => {
  it('shows my notes to me only, marked, and to the others only how many each has written', async () => {
    await turnOnPrivateWriting(facilitator);
    await aino.getByText('uudet lappusi näkyvät vain sinulle').waitFor();
    await addNote(aino, CELL.startServices, AINOS);
    await addNote(bror, CELL.duringServices, BRORS);
    await expect.poll(() => noteTexts(aino, CELL.startServices)).toEqual([AINOS]);
    expect(await aino.locator('.note', { hasText: AINOS }).getByText('Vain sinä näet').count()).toBe(1);
    await expect.poll(() => countsLine(facilitator)).toMatch(/Aino: 1.*Bror: 1|Bror: 1.*Aino: 1/s);
    await expect.poll(() => countsLine(bror)).toContain('Aino: 1');
    await expect.poll(() => projector.locator('.projector-private').innerText()).toMatch(/Aino: 1/);
    expect(await projector.getByText(AINOS).count()).toBe(0);
    await projector.screenshot({ path: `${SHOTS}/projector-1280-fi.png` });
    expect(await noteTexts(bror, CELL.startServices)).toEqual([]);
    expect(await facilitator.getByText(AINOS).count()).toBe(0);
    expect(await bror.getByText(AINOS).count()).toBe(0);
    await aino.screenshot({ path: `${SHOTS}/writing-1366-fi.png` });
    await bror.screenshot({ path: `${SHOTS}/writing-390-fi.png` });
    await facilitator.locator('details.private-tools').scrollIntoViewIfNeeded();
    await facilitator.screenshot({ path: `${SHOTS}/tools-1280-fi.png` });
  });

  it('reveals everything to everyone at once, by keyboard, and the counts go', async () => {
    const reveal = facilitator.getByRole('button', { name: 'Paljasta kaikki' });
    await reveal.focus();
    await facilitator.keyboard.press('Enter');
    await facilitator.getByRole('status').filter({ hasText: 'Paljastettu: 2 uutta lappua' }).waitFor();
    for (const page of [facilitator, aino, bror]) {
      await expect.poll(() => noteTexts(page, CELL.startServices)).toEqual([AINOS]);
      await expect.poll(() => noteTexts(page, CELL.duringServices)).toEqual([BRORS]);
    }
    expect(await aino.getByText('Vain sinä näet').count()).toBe(0);
    await expect.poll(() => countsLine(bror)).toContain('Kukaan ei ole vielä kirjoittanut');
    await projector.getByText(AINOS).waitFor();
    await facilitator.screenshot({ path: `${SHOTS}/revealed-1280-fi.png` });
  });

  it('says the same in Swedish, on a laptop, a projector-sized screen and a phone', async () => {
    await addNote(aino, CELL.startCollaboration, 'Aino: efter avslöjandet');
    for (const page of [facilitator, aino]) await page.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
    // The phone keeps the language menu in its header menu: the device's choice, read on load.
    await bror.evaluate(() => window.localStorage.setItem('avaa:language', 'sv'));
    await bror.reload();
    await aino.locator('.note', { hasText: 'Aino: efter' }).getByText('Bara du ser').waitFor();
    await expect.poll(() => countsLine(bror)).toContain('Aino: 1');
    expect(await bror.getByText('Aino: efter').count()).toBe(0);
    await aino.screenshot({ path: `${SHOTS}/writing-1366-sv.png` });
    await bror.screenshot({ path: `${SHOTS}/counts-390-sv.png` });
    await facilitator.locator('details.private-tools').scrollIntoViewIfNeeded();
    await facilitator.screenshot({ path: `${SHOTS}/tools-1280-sv.png` });
    await bror.locator('.private-bar').scrollIntoViewIfNeeded();
    await bror.screenshot({ path: `${SHOTS}/bar-390-sv.png` });
    await aino.setViewportSize({ width: 390, height: 844 });
    await aino.locator('.note', { hasText: 'Aino: efter' }).scrollIntoViewIfNeeded();
    await aino.screenshot({ path: `${SHOTS}/writing-390-sv.png` });
  });
});
