import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// Agreements with people (issue 18, point 9): a participant proposes an item from a phone, the
// facilitator gives it an owner from the workshop's people and a date and accepts it, everyone
// sees it live, and the next meeting and due dates download as a calendar file.
const SHOTS = '/tmp/agreement-people-shots';
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let facilitator: Page;
let aino: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Lahti – kehittämispäivä');
  facilitator = await (await newPerson(browser, 'Fasilitaattori')).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
  const phone = await newPerson(browser, 'Aino', { viewport: PHONE, hasTouch: true });
  aino = await joinWorkshop(await phone.newPage(), workshop.links.participant, 'Aino');
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

const section = (page: Page, title: string): Locator => page.getByRole('region', { name: title, exact: true });

async function openAgreements(page: Page): Promise<void> {
  await page.goto(new URL(`/w/${workshop.id}/agreements`, server.url).toString());
  await section(page, 'Miten jatkamme').waitFor();
}

describe('agreements with people', () => {
  it("a participant's proposal is stored and waits, marked, for the facilitator", async () => {
    await openAgreements(aino);
    await openAgreements(facilitator);
    const next = section(aino, 'Miten jatkamme');
    await next.getByRole('textbox', { name: /^Ehdota kohtaa/ }).fill('Arvioidaan taulukko maaliskuussa');
    await next.getByRole('button', { name: 'Ehdota' }).click();
    await aino.getByText('Ehdotus tallennettu: Miten jatkamme. Fasilitaattori käsittelee sen.').waitFor();
    expect(await next.getByRole('textbox', { name: /^Ehdota kohtaa/ }).inputValue()).toBe('');
    await next.getByText('Sinun ehdotuksesi. Fasilitaattori hyväksyy, muokkaa tai poistaa sen.').waitFor();
    const seen = section(facilitator, 'Miten jatkamme');
    await seen.getByText('Ehdottaja: Aino').waitFor();
    expect(await seriousViolations(aino)).toEqual([]);
    await aino.screenshot({ path: `${SHOTS}/proposal-participant-390.png`, fullPage: true });
  });

  it('the facilitator names Aino as owner from the people, dates it and accepts it; Aino sees it live', async () => {
    const proposal = section(facilitator, 'Miten jatkamme').getByRole('article');
    await proposal.getByRole('combobox', { name: 'Kuka' }).selectOption({ label: 'Aino' });
    const due = proposal.getByLabel('Mihin mennessä');
    await due.fill('31.3.2027');
    await due.press('Enter');
    await facilitator.setViewportSize(LAPTOP);
    expect(await seriousViolations(facilitator)).toEqual([]);
    await facilitator.screenshot({ path: `${SHOTS}/proposal-facilitator-1366.png`, fullPage: true });
    await proposal.getByRole('button', { name: 'Hyväksy ehdotus: Arvioidaan taulukko maaliskuussa' }).click();
    await facilitator.getByText('Ehdotus hyväksyttiin sopimuksiin: Miten jatkamme').waitFor();

    const accepted = section(aino, 'Miten jatkamme');
    await accepted.getByText('Kuka: Aino').waitFor();
    await accepted.getByText('Mihin mennessä: 31.3.2027').waitFor();
    await expect.poll(() => accepted.getByText('Sinun ehdotuksesi', { exact: false }).count()).toBe(0);
  });

  it('downloads the next meeting as a calendar event in the workshop language', async () => {
    const [download] = await Promise.all([
      aino.waitForEvent('download'),
      aino.getByRole('button', { name: 'Lataa kalenteriin (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sopimukset.ics');
    const path = `${SHOTS}/sopimukset.ics`;
    await download.saveAs(path);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events.map((event) => [event.summary, event.startDate.toString()])).toEqual([
      ['Seuraava tapaaminen: Arvioidaan taulukko maaliskuussa', '2027-03-31'],
    ]);
    expect(events[0]?.description).toContain('Vastuussa: Aino');
  });
});
