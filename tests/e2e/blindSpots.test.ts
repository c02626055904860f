import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote, CELL, cell } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { waitLive } from './support/workshop.ts';

// Blind-spot hints wait until the table means something: the first note of a starting room
// marks nothing; at the common table stage the empty cells are marked, and the facilitator's
// list gathers them with their prompts, and the notes marked as gaps.
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let facilitator: Page;

const marks = () => facilitator.locator('main .cell__blind-spot');
const panelButton = () => facilitator.getByRole('button', { name: /^Puutteet ja katvealueet/ });

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Katvealuetesti');
  facilitator = await (await newPerson(browser, 'Fasilitaattori')).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('blind-spot hints', () => {
  it('marks nothing after the first note while the room is only starting', async () => {
    await addNote(facilitator, CELL.startServices, 'Matalan kynnyksen päivystys');
    await cell(facilitator, CELL.startServices).getByText('1 lappu').waitFor();
    expect(await marks().count()).toBe(0);
    await panelButton().click();
    await facilitator.getByText(/Katvealueet näytetään, kun lappuja on vähintään 10 solussa/).waitFor();
    await panelButton().click();
  });

  it('marks the empty cells from the common table stage on, and lists them with their prompts', async () => {
    await facilitator
      .getByRole('list', { name: 'Työpajan vaiheet' })
      .getByRole('button', { name: 'Yhteinen taulukko' })
      .click();
    await expect.poll(() => marks().count()).toBe(14);
    await panelButton().click();
    const list = facilitator.locator('.gaps-panel__body');
    expect(await list.getByRole('button', { name: /^Näytä solu/ }).count()).toBe(14);
    expect(await list.innerText()).toContain('Markkinointi ja viestintä');
    // Jumping to a cell moves the focus there.
    await list.getByRole('button', { name: 'Näytä solu Seurantavaihe – Asiakkaan osallisuus ja toimijuus' }).click();
    await expect
      .poll(() => facilitator.evaluate(() => document.activeElement?.getAttribute('data-cell')))
      .toBe('followup:participation');
  });

  it('lists the notes marked as gaps', async () => {
    await addNote(facilitator, CELL.duringServices, 'Iltapäivystys puuttuu');
    await facilitator.getByRole('button', { name: 'Lapun toiminnot: Iltapäivystys puuttuu' }).click();
    await facilitator.getByRole('radio', { name: 'Puute', exact: true }).check();
    await facilitator.keyboard.press('Escape');
    await panelButton().click();
    await facilitator.locator('.gaps-panel__body').getByText('Iltapäivystys puuttuu').waitFor();
    expect(await panelButton().innerText()).toBe('Puutteet ja katvealueet (14)');
  });
});
