import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { waitLive } from './support/workshop.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

it('the facilitator changes the participant link; a guest on the old link is let go', async () => {
  const workshop = await createWorkshop(server.url, 'Ohjaamo Lahti');
  const guest = await (await newPerson(browser, 'Vieras')).newPage();
  await guest.goto(workshop.links.participant);
  const page = await (await newPerson(browser, 'Fasilitaattori')).newPage();
  await page.goto(workshop.links.facilitator);
  await waitLive(page);
  await page
    .getByRole('navigation', { name: 'Työpajan sivut' })
    .getByRole('link', { name: 'Ihmiset ja ryhmät' })
    .click();
  const link = page.getByRole('textbox', { name: 'Osallistujien linkki' });
  const before = await link.inputValue();
  await page.getByRole('button', { name: 'Vaihda osallistujalinkki' }).click();
  for (const size of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await page.getByRole('button', { name: 'Vaihda linkki' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/harden-shots/confirm-${size.width}.png` });
  }
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Vaihda linkki' }).click();
  await page.getByRole('status').filter({ hasText: 'Osallistujalinkki vaihdettiin' }).waitFor();
  await expect.poll(() => link.inputValue()).not.toBe(before);
  await page.screenshot({ path: '/tmp/harden-shots/rotated-390.png' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: '/tmp/harden-shots/rotated-1366.png' });
  // The guest still holds the old link: joining with it is refused, in words.
  await guest.getByRole('radio', { name: /Verkostotoimija/ }).check();
  await guest.getByRole('button', { name: 'Liity' }).click();
  await expect
    .poll(() => guest.getByRole('alert').innerText())
    .toBe('Linkki ei kelpaa liittymiseen. Pyydä fasilitaattorilta uusi linkki.');
  await guest.screenshot({ path: '/tmp/harden-shots/guest-after.png' });
});
