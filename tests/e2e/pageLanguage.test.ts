import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';

// WCAG 2.4.2 and 3.1.1: every page's title names the page in the language the page is in, and
// a page that cannot know the workshop's language (a refused link) speaks the browser's.
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Navigatorn Kotka', 'sv');
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function open(url: string, locale = 'fi-FI'): Promise<Page> {
  const page = await (await newPerson(browser, 'Åsa', { locale })).newPage();
  await page.goto(url);
  return page;
}

const forged = (link: string) => link.replace(/\.[^.]+$/, '.AAAA');

describe('page titles and languages', () => {
  it('titles every page of a Swedish workshop in Swedish, naming the page', async () => {
    const page = await open(workshop.links.facilitator);
    await page.getByRole('status').filter({ hasText: 'Ansluten' }).first().waitFor();
    await expect.poll(() => page.title()).toBe('Gemensam tabell – Navigatorn Kotka – Avaa');
    await page.getByRole('link', { name: 'Översikt' }).click();
    await expect.poll(() => page.title()).toBe('Översikt – Navigatorn Kotka – Avaa');
    await page.context().close();

    const projector = await open(workshop.links.projector);
    await projector.getByRole('status').filter({ hasText: 'Ansluten' }).first().waitFor();
    await expect.poll(() => projector.title()).toBe('Projektor – Navigatorn Kotka – Avaa');
    await projector.context().close();
  });

  it('draws a Swedish workshop opened again on the device in Swedish from the first frame, in a Finnish browser', async () => {
    const first = await open(workshop.links.facilitator);
    await first.getByRole('status').filter({ hasText: 'Ansluten' }).first().waitFor();
    // The device's copy of the workshop (its language with it) is written.
    await first.waitForTimeout(1000);
    const context = first.context();
    await context.addInitScript(() => {
      const seen = { finnish: false };
      (window as unknown as { seenWords: typeof seen }).seenWords = seen;
      new MutationObserver(() => {
        for (const button of Array.from(document.querySelectorAll('.cell__add'))) {
          if (button.textContent?.includes('Lisää lappu')) seen.finnish = true;
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const again = await context.newPage();
    await again.goto(workshop.links.facilitator);
    await again.getByRole('button', { name: 'Lägg till lapp' }).first().waitFor();
    expect(await again.evaluate(() => (window as unknown as { seenWords: { finnish: boolean } }).seenWords)).toEqual({
      finnish: false,
    });
    await context.close();
  });

  it('explains a refused link in the browser’s language, title and all', async () => {
    for (const [locale, heading, lang] of [
      ['sv-FI', 'Länken är ogiltig', 'sv'],
      ['en-GB', 'The link is not valid', 'en'],
    ] as const) {
      const page = await open(forged(workshop.links.participant), locale);
      await page.reload();
      await page.getByRole('heading', { name: heading }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.title()).toBe(`${heading} – Avaa`);
      await page.context().close();
    }
  });
});
