import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// On the venue's Wi-Fi every phone's first visit installs the service worker, which downloads
// what it keeps for offline use beside the page's own traffic. A participant never prints: the
// PDF renderer (jsPDF, what it loads for itself, our print package, the fonts) is not theirs to
// download. Whoever has printed once keeps it, and prints again without a network.
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;

/** Strings found in the PDF renderer's files and in none of the app's other files. */
const RENDERER_MARKS = ['addFileToVFS', 'html2canvas', 'DOMPurify', 'RGBColor'];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Tulostus ilman verkkoa');
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

/** Each file in the device's caches: its path, its size and which renderer marks it holds. */
function cachedFiles(page: Page) {
  return page.evaluate(async (marks) => {
    const files: { cache: string; path: string; bytes: number; marks: string[] }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = (await (await cache.match(request))?.text()) ?? '';
        const path = new URL(request.url).pathname;
        files.push({ cache: name, path, bytes: body.length, marks: marks.filter((mark) => body.includes(mark)) });
      }
    }
    return files;
  }, RENDERER_MARKS);
}

async function previewShown(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Tulosta / vie' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tulosta tai vie' });
  await dialog.locator('iframe[src^="blob:"]').waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
}

describe('the PDF renderer and the service worker', () => {
  it("is not in what a participant's device keeps for offline use", async () => {
    const context = await newPerson(browser, 'Aino', { serviceWorkers: 'allow' });
    const page = await joinWorkshop(await context.newPage(), workshop.links.participant, 'Aino');
    await controlled(page);
    const files = await cachedFiles(page);
    // The shell is there (the offline tests use it)...
    expect(files.some((file) => file.path === '/index.html')).toBe(true);
    expect(files.filter((file) => file.path.endsWith('.js')).length).toBeGreaterThan(20);
    // ...the renderer is not.
    expect(files.filter((file) => file.marks.length > 0).map((file) => `${file.path} ${file.marks}`)).toEqual([]);
    expect(files.filter((file) => file.path.endsWith('.ttf'))).toEqual([]);
    await context.close();
  });

  it('is kept once used: the facilitator prints again without a network', async () => {
    const context: BrowserContext = await newPerson(browser, 'Fanni', { serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(workshop.links.facilitator);
    await waitLive(page);
    await controlled(page);
    await previewShown(page);
    const kept = await cachedFiles(page);
    expect(kept.filter((file) => file.path.endsWith('.ttf')).length).toBe(2);
    expect(kept.filter((file) => file.marks.includes('addFileToVFS')).length).toBeGreaterThan(0);

    await Promise.all([context.setOffline(true), server.stop()]);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Ei yhteyttä' }).first().waitFor();
    await previewShown(page);
    expect(errors).toEqual([]);
    await server.start();
    await context.setOffline(false);
    await context.close();
  });
});
