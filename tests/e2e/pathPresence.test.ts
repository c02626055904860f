import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop } from './support/workshop.ts';

// Two people picking notes into one path would interleave their steps: each sees, in the path
// panel, who else is drawing which path (presence, as the note someone edits is shown).
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let aino: Page;
let bertil: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Palvelupolkujen läsnäolo');
  aino = await joinWorkshop(await (await newPerson(browser, 'Aino')).newPage(), workshop.links.participant, 'Aino');
  bertil = await joinWorkshop(
    await (await newPerson(browser, 'Bertil')).newPage(),
    workshop.links.participant,
    'Bertil',
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

const toggle = (page: Page) => page.getByRole('button', { name: /^Palvelupolut \(\d+\)$/ });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Palvelupolut' });

describe('who draws a service path', () => {
  it('is shown to the others in the path panel while they draw, and no longer once they are done', async () => {
    await toggle(aino).click();
    await panel(aino).getByRole('button', { name: '+ Uusi polku' }).click();
    await aino.keyboard.type('Kertakävijä');
    await aino.keyboard.press('Enter');
    await panel(aino).getByRole('button', { name: 'Polku A valmis' }).waitFor();

    await expect.poll(() => toggle(bertil).innerText()).toBe('Palvelupolut (1)');
    await toggle(bertil).click();
    const drawers = panel(bertil).getByText('Aino piirtää tätä polkua.');
    await drawers.waitFor();
    // Not to herself: she sees her own drawing as such.
    expect(await panel(aino).getByText('Aino piirtää tätä polkua.').count()).toBe(0);

    await panel(aino).getByRole('button', { name: 'Polku A valmis' }).click();
    await drawers.waitFor({ state: 'detached' });
  });
});
