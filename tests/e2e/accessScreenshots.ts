/**
 * Screenshots of getting back in, for looking at them (not a test): `npm run build`, then
 * `npx node tests/e2e/accessScreenshots.ts [outDir]` (default /tmp/avaa-shots/access). The start
 * page after creating a workshop (reloaded), its list of this device's workshops (with a forget
 * confirmation open) and the facilitator link panel on the people page, at laptop and phone
 * sizes, in Finnish and Swedish.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPerson } from './support/browser.ts';
import { joinPeople } from './support/seedWorkshop.ts';
import { createWorkshop, startTestServer } from './support/server.ts';

const outDir = process.argv[2] ?? '/tmp/avaa-shots/access';
const SIZES = { laptop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } } as const;
const LANGUAGES = ['fi', 'sv'] as const;

async function shoot(browser: Browser, url: string, language: (typeof LANGUAGES)[number]) {
  const led = await createWorkshop(url, 'Ohjaamo Tampere – kehittämispäivä marraskuussa', language);
  const joined = await createWorkshop(url, 'Navigatorn Vasa – utvecklingsdag', language);
  const [anna] = await joinPeople(url, joined, [{ name: 'Anna Virtanen', role: 'core-staff' }]);
  for (const [size, viewport] of Object.entries(SIZES)) {
    const context = await newPerson(browser, 'Fasilitaattori', { viewport });
    await context.addInitScript(
      ([id, membership]) => localStorage.setItem(`avaa:person:${id}`, membership as string),
      [joined.id, JSON.stringify(anna)],
    );
    const page = await context.newPage();
    // Opened once each, as the facilitator and as Anna: the device now keeps both.
    await page.goto(`${joined.links.participant.split('#')[0]}?lang=${language}`);
    await page.locator(`[data-board="plenary"]`).waitFor();
    await page.goto(led.links.facilitator);
    await page.locator(`[data-board="plenary"]`).waitFor();
    await page.goto(`${url}/w/${led.id}/people`);
    const panel = page.locator('.facilitator-link');
    await panel.getByRole('button').first().click();
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(outDir, `links-panel-${size}-${language}.png`), fullPage: false });
    await page.goto(url);
    await page.locator('.start__form input').first().fill('Ohjaamo Oulu');
    await page.locator('.start__form button[type="submit"]').click();
    await page.locator('.mail-link').waitFor();
    await page.reload();
    await page.locator('.mail-link').waitFor();
    await page.screenshot({ path: join(outDir, `created-${size}-${language}.png`), fullPage: true });
    await page.goto(url);
    const list = page.locator('.device-workshops');
    await list.waitFor();
    await list.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(outDir, `start-list-${size}-${language}.png`), fullPage: true });
    await list.getByRole('listitem').first().getByRole('button').click();
    await page.screenshot({ path: join(outDir, `start-forget-${size}-${language}.png`), fullPage: true });
    await context.close();
  }
}

async function main() {
  await mkdir(outDir, { recursive: true });
  const server = await startTestServer();
  const browser = await launchBrowser();
  try {
    for (const language of LANGUAGES) await shoot(browser, server.url, language);
  } finally {
    await browser.close();
    await server.dispose();
  }
}

await main();
