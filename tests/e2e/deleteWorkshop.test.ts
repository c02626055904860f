import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { addNote, CELL, noteTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

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

it('the facilitator deletes the workshop after typing its name (a hyphen for its en dash); everyone on it is told', async () => {
  const workshop = await createWorkshop(server.url, 'Ohjaamo – Lahti');
  const participant = await joinWorkshop(
    await (await newPerson(browser, 'Aino')).newPage(),
    workshop.links.participant,
    'Aino',
  );
  await addNote(participant, CELL.startServices, 'Poistettava lappu');
  const page = await (await newPerson(browser, 'Fasilitaattori')).newPage();
  await page.goto(workshop.links.facilitator);
  await waitLive(page);
  await expect.poll(() => noteTexts(page, CELL.startServices)).toEqual(['Poistettava lappu']);
  await page
    .getByRole('navigation', { name: 'Työpajan sivut' })
    .getByRole('link', { name: 'Ihmiset ja ryhmät' })
    .click();
  await page.getByRole('button', { name: 'Poista työpaja' }).click();
  const confirm = page.getByRole('textbox', { name: /Kirjoita vahvistukseksi/ });
  await confirm.fill('Ohjaamo');
  expect(await page.getByRole('button', { name: 'Poista pysyvästi' }).isDisabled()).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
  await confirm.fill('ohjaamo - Lahti');
  await page.getByRole('button', { name: 'Poista pysyvästi' }).click();
  await page.getByRole('heading', { name: 'Työpaja on poistettu' }).waitFor();
  const answer = await fetch(`${server.url}/api/workshops/${workshop.id}?token=${workshop.sync.tokens.facilitator}`);
  expect(answer.status).toBe(404);
  // The participant's socket was closed with 4404: the board says the workshop is gone.
  await participant
    .getByText('Yhteys työpajaan katkaistiin: Työpajaa ei löytynyt. Se on ehkä poistettu.')
    .waitFor({ timeout: 10_000 });
});
