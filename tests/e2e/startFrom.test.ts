import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { addNote, CELL, notesIn, plainTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { fillJoinForm, joinWorkshop, ROLE, waitLive } from './support/workshop.ts';

// "New workshop from this one" (issue 18, point 8): from the print dialog, the common table or
// the people as the next workshop's start; a listed person who joins again is the same person.
const SHOTS = '/tmp/start-from-shots';
const NOTE = 'Walk-in-ohjaus tiistaisin';

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let facilitator: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Syksyn kehittämispäivä');
  facilitator = await (await newPerson(browser, 'Fasu')).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
  await addNote(facilitator, CELL.startServices, NOTE);
  await joinWorkshop(
    await (await newPerson(browser, 'Aino')).newPage(),
    workshop.links.participant,
    'Aino',
    ROLE.coreStaff,
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function newWorkshopFrom(choice: RegExp, title: string): Promise<{ facilitator: string; participant: string }> {
  await facilitator.getByRole('button', { name: 'Tulosta / vie' }).click();
  const dialog = facilitator.getByRole('dialog', { name: 'Tulosta tai vie' });
  const form = dialog.getByRole('form', { name: 'Uusi työpaja tästä' });
  await form.getByRole('radio', { name: choice }).check();
  await form.getByRole('textbox', { name: 'Uuden työpajan nimi' }).fill(title);
  await form.getByRole('button', { name: 'Tee uusi työpaja' }).click();
  await dialog.getByRole('heading', { name: `Työpaja ”${title}” on valmis` }).waitFor();
  const link = await dialog.getByRole('textbox', { name: 'Linkki: Fasilitaattori' }).inputValue();
  const participant = await dialog.getByRole('textbox', { name: 'Linkki: Osallistujat' }).inputValue();
  expect(await seriousViolations(facilitator)).toEqual([]);
  await facilitator.screenshot({ path: `${SHOTS}/start-from-done-1366.png`, fullPage: true });
  await facilitator.keyboard.press('Escape');
  return { facilitator: link, participant };
}

describe('a new workshop from this one', () => {
  it('starts from the common table: the new workshop opens with its notes', async () => {
    const { facilitator: link } = await newWorkshopFrom(/^Yhteinen taulukko pohjaksi/, 'Kevään kehittämispäivä');
    expect(link).not.toContain(workshop.id);
    const fresh = await (await newPerson(browser, 'Fasu')).newPage();
    await fresh.goto(link);
    await waitLive(fresh);
    await expect.poll(() => plainTexts(notesIn(fresh, CELL.startServices))).toEqual([expect.stringContaining(NOTE)]);
    await fresh.context().close();
  });

  it('starts from the people: Aino is listed, and joining again under her name makes her herself', async () => {
    const { facilitator: link, participant } = await newWorkshopFrom(/^Vain ihmiset ja roolit/, 'Toinen päivä');
    const fresh = await (await newPerson(browser, 'Fasu')).newPage();
    await fresh.goto(link);
    await waitLive(fresh);
    await fresh.getByRole('link', { name: 'Ihmiset ja ryhmät' }).click();
    const listed = fresh.locator('li.person', { hasText: 'Aino' });
    await listed.getByText('Ei vielä liittynyt').waitFor();
    const aino = await (await newPerson(browser, 'Aino')).newPage();
    await aino.goto(participant);
    await fillJoinForm(aino, 'Aino', ROLE.coreStaff);
    await waitLive(aino);
    await listed.getByText('paikalla', { exact: true }).waitFor();
    expect(await fresh.locator('li.person', { hasText: 'Aino' }).count()).toBe(1);
  });
});
