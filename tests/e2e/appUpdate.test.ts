import { rm } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfBuild } from './support/appBuild.ts';
import { seriousViolations } from './support/axe.ts';
import { addNote, CELL, cell, noteTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// A new version of the app is deployed during a workshop. It must not reload anyone's page
// under their pen: it waits, a polite notice offers it, and the person reloads when it suits.
let build: Awaited<ReturnType<typeof copyOfBuild>>;
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let context: BrowserContext;
let page: Page;

const notice = () => page.getByRole('status').filter({ hasText: 'Uusi versio on saatavilla.' });
/** A mark on this page's window: gone if the page reloads. */
const samePage = () => page.evaluate(() => (window as unknown as { mark?: string }).mark === 'before the update');
const askForUpdate = () =>
  page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });

beforeAll(async () => {
  build = await copyOfBuild();
  server = await startTestServer({ staticDir: build.dir });
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Päivitystesti');
  context = await newPerson(browser, 'Aino', { serviceWorkers: 'allow' });
  page = await joinWorkshop(await context.newPage(), workshop.links.participant, 'Aino');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  await rm(build.dir, { recursive: true, force: true });
});

describe('a new version of the app', () => {
  it('waits while someone writes, and is offered politely', async () => {
    await addNote(page, CELL.startServices, 'Kirjoitettu vanhalla versiolla');
    await page.evaluate(() => {
      (window as unknown as { mark: string }).mark = 'before the update';
    });
    // Someone is in the middle of a note when the new version arrives.
    await cell(page, CELL.duringServices).getByRole('button', { name: 'Lisää lappu', exact: true }).click();
    const editor = cell(page, CELL.duringServices).getByRole('textbox');
    await editor.fill('Kesken');
    await build.deployNewVersion();
    await askForUpdate();
    await notice().getByRole('button', { name: 'Lataa uudelleen' }).waitFor();
    // Nothing was taken from them: the same page, the draft still in the editor, still focused.
    expect(await samePage()).toBe(true);
    expect(await editor.inputValue()).toBe('Kesken');
    expect(await editor.evaluate((element) => element === document.activeElement)).toBe(true);
    await editor.press('Enter');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('can be put off, and is offered again on the next load', async () => {
    await notice().getByRole('button', { name: 'Myöhemmin' }).click();
    await expect.poll(() => notice().getByRole('button').count()).toBe(0);
    expect(await samePage()).toBe(true);
    // A reload of the only tab keeps the old version (the browser's rule); the offer comes back.
    await page.reload();
    await waitLive(page);
    await notice().getByRole('button', { name: 'Lataa uudelleen' }).waitFor();
  });

  it('is taken from the keyboard, reloads once, and the board is as it was', async () => {
    await page.evaluate(() => {
      (window as unknown as { mark: string }).mark = 'before the update';
      (document.activeElement as HTMLElement | null)?.blur();
    });
    // The notice is the last thing in the page's tab order: Shift+Tab from the page's start reaches it.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Myöhemmin');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lataa uudelleen');
    const waiting = () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null);
    expect(await waiting()).toBe('installed');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await waitLive(page);
    expect(await samePage()).toBe(false);
    // The new version took over: nothing waits any more, and it controls the page.
    expect(await waiting()).toBe(null);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    expect(await notice().getByRole('button').count()).toBe(0);
    expect(await noteTexts(page, CELL.startServices)).toEqual(['Kirjoitettu vanhalla versiolla']);
    expect(await noteTexts(page, CELL.duringServices)).toEqual(['Kesken']);
  });

  it('taken in one tab, reloads no other tab, and offers them the reload', async () => {
    const other = await context.newPage();
    await other.goto(`${server.url}/w/${workshop.id}`);
    await waitLive(other);
    await other.evaluate(() => {
      (window as unknown as { mark: string }).mark = 'before the update';
    });
    await build.deployNewVersion();
    await askForUpdate();
    const otherNotice = other.getByRole('status').filter({ hasText: 'Uusi versio on saatavilla.' });
    await otherNotice.getByRole('button', { name: 'Lataa uudelleen' }).waitFor();
    await Promise.all([page.waitForEvent('load'), notice().getByRole('button', { name: 'Lataa uudelleen' }).click()]);
    await waitLive(page);
    // The other tab still runs the old version, untouched, and is told so.
    expect(await other.evaluate(() => (window as unknown as { mark?: string }).mark)).toBe('before the update');
    await otherNotice.getByRole('button', { name: 'Lataa uudelleen' }).waitFor();
    await Promise.all([
      other.waitForEvent('load'),
      otherNotice.getByRole('button', { name: 'Lataa uudelleen' }).click(),
    ]);
    await waitLive(other);
    expect(await other.evaluate(() => (window as unknown as { mark?: string }).mark)).toBe(undefined);
    expect(await noteTexts(other, CELL.startServices)).toEqual(['Kirjoitettu vanhalla versiolla']);
  });
});
