import { mkdir } from 'node:fs/promises';
import { readAllNotes } from '@avaa/board-model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { seedNotes } from './support/seedNotes.ts';
import { joinPeople, openRoom } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { waitLive } from './support/workshop.ts';

// Forming groups, the facilitator chooses that the groups start from a copy of the common table;
// the group's board then holds the copies. Screenshots of the choice go to /tmp/avaa-groupcopy.
let server: TestServer;
let browser: Browser;
const SHOTS = '/tmp/avaa-groupcopy';
const SIZES = {
  projector: { width: 1280, height: 720 },
  laptop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function peoplePage(workshop: CreatedWorkshop, size: keyof typeof SIZES, language = 'fi'): Promise<Page> {
  const context = await newPerson(browser, 'Fasilitaattori', { viewport: SIZES[size] });
  const page = await context.newPage();
  await page.goto(workshop.links.facilitator.replace(`/w/${workshop.id}`, `/w/${workshop.id}/people`));
  await waitLive(page);
  if (language !== 'fi') await page.locator('.page-header .language-select select').first().selectOption(language);
  return page;
}

it('copies the common table onto the new groups’ boards when the facilitator chooses it', async () => {
  const workshop = await createWorkshop(server.url, 'Ohjaamo Oulu – kehittämispäivä');
  await seedNotes(workshop.sync.url, workshop.sync.board, workshop.sync.tokens.facilitator as string, 1);
  await joinPeople(server.url, workshop, [
    { name: 'Ohjaamon palveluohjaaja', role: 'core-staff' },
    { name: 'Kelan palveluneuvoja', role: 'network-partner' },
    { name: 'Etsivä nuorisotyöntekijä', role: 'other-staff' },
  ]);
  for (const [size, language] of [
    ['projector', 'fi'],
    ['laptop', 'sv'],
    ['phone', 'fi'],
  ] as const) {
    const page = await peoplePage(workshop, size, language);
    await page.locator('.auto-grouping button').first().click();
    await page.locator('.table-copy').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${SHOTS}/choice-${size}-${language}.png` });
    await page.context().close();
  }

  const page = await peoplePage(workshop, 'laptop');
  const groups = page.getByRole('region', { name: 'Ryhmät', exact: true });
  await groups.getByRole('button', { name: 'Muodosta ehdotus' }).click();
  const choice = groups.getByRole('checkbox', { name: 'Ryhmät aloittavat yhteisen taulukon kopiosta' });
  expect(await choice.isChecked()).toBe(false);
  await choice.check();
  await groups.getByRole('button', { name: 'Ota ryhmät käyttöön' }).click();
  await groups.getByText('Ryhmät muodostettu. Ne aloittavat yhteisen taulukon kopiosta.').waitFor();
  await page.screenshot({ path: `${SHOTS}/copied-laptop-fi.png` });

  const board = await openRoom(workshop, `${workshop.id}/group/1`, workshop.sync.tokens.facilitator as string);
  try {
    expect(readAllNotes(board.doc)).toHaveLength(15);
  } finally {
    await board.close();
  }
});
