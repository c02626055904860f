import { mkdir } from 'node:fs/promises';
import { addStep, updateStep } from '@avaa/board-model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { drawPath, notesOn } from './support/paths.ts';
import { joinPeople, openRoom } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { waitLive } from './support/workshop.ts';

// Issue 17: the path view lays a board's service paths out as lanes, a row per path and a
// column per phase, live as someone else draws them, readable by its table's headers; on a
// phone as a list per path.
const SHOTS = '/tmp/path-view-shots';

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let page: Page;
let anna: Awaited<ReturnType<typeof openRoom>>;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä');
  const [joined] = await joinPeople(server.url, workshop, [{ name: 'Anna', role: 'core-staff' }]);
  anna = await openRoom(workshop, `${workshop.id}/plenary`, joined?.token ?? '');
  page = await (await newPerson(browser, 'Fasilitaattori')).newPage();
  await page.goto(workshop.links.facilitator);
  await waitLive(page);
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await anna?.close();
  await browser?.close();
  await server?.dispose();
});

const lanes = () => page.getByRole('table', { name: 'Palvelupolut vaiheittain' });

describe('the path view', () => {
  it('is the board seen another way; without paths it explains them and how to add one on the board', async () => {
    await page.goto(workshop.links.facilitator.replace(`/w/${workshop.id}`, `/w/${workshop.id}/paths`));
    await page.getByRole('heading', { level: 1, name: 'Palvelupolut: Yhteinen taulukko' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/w/${workshop.id}/paths`);
    await page.getByRole('heading', { name: 'Ei vielä palvelupolkuja' }).waitFor();
    expect(await page.getByText(/Lisää polku taulukon Palvelupolut-paneelista/).count()).toBe(1);
  });

  it('shows the paths another person draws, live, as rows of a table read by path and phase', async () => {
    const notes = notesOn(anna.doc, {
      'Walk-in-ohjaus': 'start:services',
      'Somekanavat nuorille': 'before:services',
      Opintoohjaus: 'during:services',
      Verkostopalaveri: 'during:collaboration',
    });
    drawPath(anna.doc, 'Kertakävijä', [
      { noteId: notes['Walk-in-ohjaus'], risk: { kind: 'drop-out', reason: 'Ei jatkoaikaa' } },
    ]);
    drawPath(anna.doc, 'Nuori, joka etsii opiskelupaikkaa', [
      notes['Somekanavat nuorille'],
      notes.Opintoohjaus,
      { phase: 'followup', text: 'Seurantasoitto puolen vuoden päästä' },
    ]);
    const support = drawPath(anna.doc, 'Nuori, joka tarvitsee monialaista tukea', [
      notes['Walk-in-ohjaus'],
      { noteId: notes.Verkostopalaveri, risk: { kind: 'counter-to-counter', reason: 'Kolme luukkua' } },
    ]);
    await lanes().waitFor();
    const table = lanes();
    expect(await table.getByRole('rowheader').allInnerTexts()).toEqual([
      expect.stringContaining('Kertakävijä'),
      expect.stringContaining('Nuori, joka etsii opiskelupaikkaa'),
      expect.stringContaining('Nuori, joka tarvitsee monialaista tukea'),
      'Yhteenveto',
    ]);
    // Each row says its path's letter, as the table's drawing and the panel do.
    await table.getByRole('rowheader', { name: 'Polku C: Nuori, joka tarvitsee monialaista tukea' }).waitFor();
    const visitor = table.getByRole('row', { name: /Kertakävijä/ });
    await visitor
      .getByRole('cell', { name: '1. Walk-in-ohjaus riski: katoaminen palveluviidakkoon: Ei jatkoaikaa' })
      .waitFor();
    expect(await visitor.getByRole('cell', { name: 'polku päättyy' }).count()).toBe(3);
    const student = table.getByRole('row', { name: /etsii opiskelupaikkaa/ });
    await student.getByRole('cell', { name: '3. Puuttuva palvelu: Seurantasoitto puolen vuoden päästä' }).waitFor();
    expect(await student.getByRole('cell', { name: 'ohitettu' }).count()).toBe(2);

    // A free step added on the board appears at once, as does a risk resolved.
    const step = addStep(anna.doc, support, { phase: 'ending', text: 'Jatko-ohjaus aikuissosiaalityöhön' });
    expect(step.ok).toBe(true);
    const row = table.getByRole('row', { name: /monialaista tukea/ });
    await row.getByRole('cell', { name: '3. Puuttuva palvelu: Jatko-ohjaus aikuissosiaalityöhön' }).waitFor();
    const summary = table.getByRole('row', { name: /^Yhteenveto/ });
    await summary.getByRole('cell', { name: 'Ilman palvelua: 1 Riskejä: 0 Ohitettu: 2' }).first().waitFor();
    expect(await page.getByRole('region', { name: 'Palvelut, joihin moni polku nojaa' }).innerText()).toContain(
      'Walk-in-ohjaus',
    );
    if (step.ok) updateStep(anna.doc, support, step.value, { risk: { kind: 'waiting', reason: 'Jono kuusi viikkoa' } });
    await row
      .getByRole('cell', {
        name: '3. Puuttuva palvelu: Jatko-ohjaus aikuissosiaalityöhön riski: odottaminen: Jono kuusi viikkoa',
      })
      .waitFor();
  });

  it('fits a laptop without sideways scrolling and leads back to the table', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/path-view-fi-1366x768.png`, fullPage: true });
    await page.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
    await page.getByRole('table', { name: 'Servicestigar skede för skede' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/path-view-sv-1366x768.png`, fullPage: true });
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('fi');
    await page.getByRole('link', { name: 'Näytä taulukko' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ohjaamo Kotka – kehittämispäivä' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/w/${workshop.id}`);
  });

  it('shows one path alone on the table when its name is followed', async () => {
    await page.goBack();
    await lanes().getByRole('rowheader').first().getByRole('link').click();
    const legend = page.getByRole('list', { name: 'Taulukolle piirretyt palvelupolut' });
    await legend.waitFor();
    const shown = await legend.getByRole('listitem').allInnerTexts();
    expect(shown.map((text) => text.replaceAll('\u00ad', ''))).toEqual([expect.stringContaining('Kertakävijä')]);
  });

  it('stacks the paths as lists on a phone', async () => {
    const phone = await (await newPerson(browser, 'Puhelin', { viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(workshop.links.facilitator.replace(`/w/${workshop.id}`, `/w/${workshop.id}/paths`));
    const visitor = phone.getByRole('region', { name: 'Kertakävijä' });
    await visitor.waitFor();
    expect(await visitor.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Alkuvaihe\s+1\. Walk-in-ohjaus/),
    ]);
    const summary = phone.getByRole('region', { name: 'Yhteenveto' });
    expect(await summary.getByRole('listitem').nth(3).innerText()).toBe(
      'Asiakkuuden päättövaihe: Ilman palvelua: 1, Riskejä: 1, Ohitettu: 2',
    );
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SHOTS}/path-view-fi-390x844.png`, fullPage: true });
    await phone.getByRole('button', { name: /Valikko/ }).click();
    await phone.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
    await phone.getByText('Saknad tjänst:').first().waitFor();
    await phone.screenshot({ path: `${SHOTS}/path-view-sv-390x844.png`, fullPage: true });
    await phone.context().close();
  });
});
