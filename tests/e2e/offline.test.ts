import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote, CELL, cell, msUntil, noteTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { createTimings } from './support/timings.ts';
import { joinWorkshop } from './support/workshop.ts';

// Work goes on without a connection: edits stay on the device (IndexedDB) and merge when the
// connection returns. Chromium's emulated offline mode keeps WebSockets open but holds their
// frames, so the app follows the browser's online/offline events; a stopped server is the
// real network failure and is tested too.
const timings = createTimings('Offline edits seen by the other browser, ms after reconnecting:');

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let aliceContext: BrowserContext;
let alice: Page;
let bob: Page;

const badge = (page: Page) => page.getByRole('status').filter({ hasText: /Yhteydessä|Ei yhteyttä|Yhdistetään/ });
const waitLive = (page: Page) => page.getByRole('status').filter({ hasText: 'Yhteydessä' }).waitFor();
// "Saved" is said only once the server has committed the edit to disk.
const saveState = (page: Page) => page.locator('.save-indicator');
/** Every text the saved state's live region has announced since `listenForSaveAnnouncements`. */
const saveAnnouncements = (page: Page) =>
  page.evaluate(() => (window as unknown as { heardSaves: string[] }).heardSaves);
const listenForSaveAnnouncements = (page: Page) =>
  page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heardSaves: string[] }).heardSaves = heard;
    const region = document.querySelector('[data-announces="saved-state"]');
    if (!region) throw new Error('no saved-state live region');
    new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Offline-testi');
  aliceContext = await newPerson(browser, 'Aino');
  [alice, bob] = await Promise.all([
    joinWorkshop(await aliceContext.newPage(), workshop.links.participant, 'Aino'),
    joinWorkshop(await (await newPerson(browser, 'Bertil')).newPage(), workshop.links.participant, 'Bertil'),
  ]);
});

afterAll(async () => {
  timings.print();
  await browser?.close();
  await server?.dispose();
});

describe('offline work', () => {
  it('keeps editing while the browser is offline and merges on reconnect', async () => {
    await listenForSaveAnnouncements(alice);
    await addNote(alice, CELL.startServices, 'Yhteinen lappu');
    await expect.poll(() => noteTexts(bob, CELL.startServices)).toEqual(['Yhteinen lappu']);
    await expect.poll(() => saveState(alice).innerText()).toBe('Kaikki muutokset tallennettu');
    // Typing while online is not read out (it was "Saving… / All changes saved" per keystroke).
    expect(await saveAnnouncements(alice)).toEqual([]);

    await aliceContext.setOffline(true);
    await expect.poll(() => badge(alice).innerText()).toContain('Ei yhteyttä');
    // Said in words on the page too: the work is safe on this device.
    await alice.getByRole('paragraph').filter({ hasText: 'Muutoksesi tallentuvat tälle laitteelle' }).waitFor();
    await addNote(alice, CELL.startServices, 'Tehty ilman verkkoa');
    await cell(alice, CELL.startServices).getByRole('button', { name: 'Yhteinen lappu', exact: true }).click();
    const editor = cell(alice, CELL.startServices).getByRole('textbox');
    await editor.press('End');
    await editor.pressSequentially(' (Aino)');
    await editor.press('Enter');
    await expect.poll(() => saveState(alice).innerText()).toContain('Tallentamatta');
    expect(await saveAnnouncements(alice)).toEqual(['Tallentamatta: muutokset odottavat tällä laitteella']);
    // Meanwhile Bertil, online, adds his own note.
    await addNote(bob, CELL.startServices, 'Bertilin lappu');
    await bob.waitForTimeout(500);
    expect(await noteTexts(bob, CELL.startServices)).toEqual(['Yhteinen lappu', 'Bertilin lappu']);

    const since = Date.now();
    await aliceContext.setOffline(false);
    const ms = await msUntil(
      async () => (await noteTexts(bob, CELL.startServices)).includes('Tehty ilman verkkoa'),
      since,
      5000,
    );
    timings.record('browser back online', ms);
    // Both appended at the end concurrently: either order is right, as long as both agree.
    const sorted = async (page: Page) => [...(await noteTexts(page, CELL.startServices))].sort();
    const merged = ['Bertilin lappu', 'Tehty ilman verkkoa', 'Yhteinen lappu (Aino)'];
    await expect.poll(() => sorted(bob)).toEqual(merged);
    await expect.poll(() => sorted(alice)).toEqual(merged);
    expect(await noteTexts(alice, CELL.startServices)).toEqual(await noteTexts(bob, CELL.startServices));
    await waitLive(alice);
    await expect.poll(() => saveState(alice).innerText()).toBe('Kaikki muutokset tallennettu');
    // Saved again after the problem: said once.
    expect((await saveAnnouncements(alice)).slice(1)).toEqual(['Kaikki muutokset tallennettu']);
  });

  it('survives a server restart, with the reason shown while offline', async () => {
    await server.stop();
    await expect.poll(() => badge(alice).innerText(), { timeout: 5000 }).toContain('Ei yhteyttä');
    expect(await badge(alice).innerText()).toContain('Palvelin käynnistyy uudelleen.');
    await addNote(alice, CELL.duringServices, 'Kirjoitettu palvelimen ollessa alhaalla');
    const since = Date.now();
    await server.start();
    const ms = await msUntil(
      async () => (await noteTexts(bob, CELL.duringServices)).includes('Kirjoitettu palvelimen ollessa alhaalla'),
      since,
      8000,
    );
    timings.record('server restarted', ms);
    await Promise.all([waitLive(alice), waitLive(bob)]);
  });

  it('keeps offline edits on the device when the tab is closed, and sends them later', async () => {
    await server.stop();
    await expect.poll(() => badge(alice).innerText(), { timeout: 5000 }).toContain('Ei yhteyttä');
    await addNote(alice, CELL.startCollaboration, 'Vain tällä laitteella');
    // Give IndexedDB a moment to commit before the tab goes away.
    await alice.waitForTimeout(300);
    await alice.close();
    await server.start();
    await waitLive(bob);
    expect(await noteTexts(bob, CELL.startCollaboration)).toEqual([]);

    alice = await aliceContext.newPage();
    const since = Date.now();
    await alice.goto(workshop.links.participant);
    const ms = await msUntil(
      async () => (await noteTexts(bob, CELL.startCollaboration)).includes('Vain tällä laitteella'),
      since,
      8000,
    );
    timings.record('reopened after closing offline', ms);
  });
});
