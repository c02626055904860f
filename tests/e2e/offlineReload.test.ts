import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote, CELL, noteTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// The venue's network drops and a participant reloads, or opens the workshop link again: the
// app starts from the service worker's copy of the app shell, the board from the device's
// copy (IndexedDB), they keep writing, and the notes reach the others when the network
// returns. "Down" is both the browser offline and the server stopped, so nothing can answer.
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let ainoContext: BrowserContext;
let aino: Page;
let bertil: Page;
let bertilContext: BrowserContext;

const offlineBadge = (page: Page) => page.getByRole('status').filter({ hasText: 'Ei yhteyttä' }).first();

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Verkkokatkotesti');
  ainoContext = await newPerson(browser, 'Aino', { serviceWorkers: 'allow' });
  bertilContext = await newPerson(browser, 'Bertil');
  [aino, bertil] = await Promise.all([
    joinWorkshop(await ainoContext.newPage(), workshop.links.participant, 'Aino'),
    joinWorkshop(await bertilContext.newPage(), workshop.links.participant, 'Bertil'),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function networkDown(context = ainoContext): Promise<void> {
  await Promise.all([context.setOffline(true), server.stop()]);
}

async function networkBack(context = ainoContext): Promise<void> {
  await server.start();
  await context.setOffline(false);
}

/**
 * Reloads a page that shows a network error. Chromium reloads such a page by itself once the
 * server answers again, and a reload of ours at that moment is aborted by it (ERR_ABORTED): then
 * the page is loading already, and loads.
 */
async function reloadErrorPage(page: Page): Promise<void> {
  try {
    await page.reload();
  } catch (error) {
    if (!/ERR_ABORTED/.test(String(error))) throw error;
    await page.waitForLoadState('load');
  }
}

describe('the app without a network', () => {
  it('reloads from the service worker, shows the board from the device, and syncs the new note', async () => {
    await addNote(aino, CELL.startServices, 'Ennen katkosta');
    await expect.poll(() => noteTexts(bertil, CELL.startServices)).toEqual(['Ennen katkosta']);
    await aino.waitForFunction(() => navigator.serviceWorker.controller !== null);

    const errors: string[] = [];
    aino.on('pageerror', (error) => errors.push(error.message));
    await networkDown();
    // Without a service worker the same reload fails: the test can tell.
    await expect(bertil.reload()).rejects.toThrow(/ERR_CONNECTION_REFUSED/);
    await aino.reload();
    await offlineBadge(aino).waitFor();
    expect(await noteTexts(aino, CELL.startServices)).toEqual(['Ennen katkosta']);
    await aino.getByRole('paragraph').filter({ hasText: 'Muutoksesi tallentuvat tälle laitteelle' }).waitFor();
    await addNote(aino, CELL.startServices, 'Kirjoitettu katkon aikana');
    await expect
      .poll(() => noteTexts(aino, CELL.startServices))
      .toEqual(['Ennen katkosta', 'Kirjoitettu katkon aikana']);

    // Nothing failed on the way: no error screen, no uncaught error from a call that found no network.
    expect(errors).toEqual([]);
    expect(await aino.getByRole('alert').count()).toBe(0);

    await networkBack();
    await reloadErrorPage(bertil);
    await waitLive(bertil);
    await expect
      .poll(() => noteTexts(bertil, CELL.startServices), { timeout: 10_000 })
      .toEqual(['Ennen katkosta', 'Kirjoitettu katkon aikana']);
    await waitLive(aino);
  });

  it('opens the workshop link anew without a network, as the person who joined on this device', async () => {
    await networkDown();
    await aino.close();
    aino = await ainoContext.newPage();
    await aino.goto(workshop.links.participant);
    await offlineBadge(aino).waitFor();
    // Not the join form: the device knows the person, and the board comes from its copy.
    expect(await aino.getByRole('form', { name: 'Liity työpajaan' }).count()).toBe(0);
    await expect
      .poll(() => noteTexts(aino, CELL.startServices))
      .toEqual(['Ennen katkosta', 'Kirjoitettu katkon aikana']);
    await addNote(aino, CELL.duringServices, 'Avattu uudelleen ilman verkkoa');

    await networkBack();
    await expect
      .poll(() => noteTexts(bertil, CELL.duringServices), { timeout: 10_000 })
      .toEqual(['Avattu uudelleen ilman verkkoa']);
  });

  it("reloads the facilitator's board too, whose page asks the API more at start", async () => {
    const facilitatorContext = await newPerson(browser, 'Fanni', { serviceWorkers: 'allow' });
    const facilitator = await facilitatorContext.newPage();
    await facilitator.goto(workshop.links.facilitator);
    await waitLive(facilitator);
    await facilitator.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const errors: string[] = [];
    facilitator.on('pageerror', (error) => errors.push(error.message));
    await networkDown(facilitatorContext);
    await facilitator.reload();
    await offlineBadge(facilitator).waitFor();
    await expect
      .poll(() => noteTexts(facilitator, CELL.startServices))
      .toEqual(['Ennen katkosta', 'Kirjoitettu katkon aikana']);
    // The people page, from the device's copy of the workshop document.
    await facilitator.goto(`${server.url}/w/${workshop.id}/people`);
    await facilitator.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => facilitator.getByText('Aino', { exact: true }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await networkBack(facilitatorContext);
    await facilitatorContext.close();
  });

  it('keeps no API or sync answer, no token and no workshop data in the cache', async () => {
    const linkToken = new URL(workshop.links.participant).hash.replace('#token=', '');
    const personal = await aino.evaluate((id) => window.localStorage.getItem(`avaa:person:${id}`), workshop.id);
    const personalToken = (JSON.parse(personal ?? '{}') as { token?: string }).token ?? '';
    expect(linkToken.length).toBeGreaterThan(20);
    expect(personalToken.length).toBeGreaterThan(20);
    const secrets = [linkToken, personalToken, workshop.id, 'Ennen katkosta'];
    const cached = await aino.evaluate(async (secrets) => {
      const entries: { url: string; holds: string[] }[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const body = (await (await cache.match(request))?.text()) ?? '';
          entries.push({ url: request.url, holds: secrets.filter((s) => request.url.includes(s) || body.includes(s)) });
        }
      }
      return entries;
    }, secrets);
    const paths = cached.map((entry) => new URL(entry.url).pathname);
    // The app shell is there...
    expect(paths).toContain('/index.html');
    expect(paths.some((path) => path.startsWith('/assets/'))).toBe(true);
    // ...and nothing of the server's: no API answer, no sync, no health, no token, no note.
    expect(paths.filter((path) => /^\/(api|sync|healthz|metrics)(\/|$)/.test(path))).toEqual([]);
    expect(cached.filter((entry) => entry.holds.length > 0)).toEqual([]);
  });
});
