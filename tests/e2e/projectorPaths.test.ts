import { mkdir } from 'node:fs/promises';
import { deletePath, readPaths } from '@avaa/board-model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { drawPath, notesOn } from './support/paths.ts';
import { isWhole, shootInFiAndSv } from './support/projector.ts';
import { openRoom } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { waitLive } from './support/workshop.ts';

// Issue 17: the facilitator puts the common table's service paths on the projector, all of them
// as lanes or one path across the phases; five paths of five phases fit 1280x720 whole, in type
// readable from the back of the room.
const tokenOf = (link: string) => new URL(link).hash.slice('#token='.length);

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let projector: Page;
let facilitator: Page;

const NOTES = {
  'Somekanavat ja nuorisotyön jalkautuminen': 'before:services',
  'Walk-in-ohjaus ilman ajanvarausta': 'start:services',
  'Palveluohjaus ja tilannearvio': 'start:collaboration',
  'Opinto-ohjaus ja hakemisen tuki': 'during:services',
  'Verkostopalaveri nuoren kanssa': 'during:collaboration',
  'Jatko-ohjaus ja saattaen vaihtaminen': 'ending:services',
  'Seurantasoitto kolmen kuukauden päästä': 'followup:services',
} as const;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä');
  // Someone draws five paths on the common table, one through every phase.
  const table = await openRoom(workshop, `${workshop.id}/plenary`, tokenOf(workshop.links.facilitator));
  const notes = notesOn(table.doc, NOTES);
  const all = Object.values(notes);
  drawPath(table.doc, 'Kertakävijä', [
    { noteId: notes['Walk-in-ohjaus ilman ajanvarausta'], risk: { kind: 'drop-out', reason: 'Ei sovittu jatkoa' } },
  ]);
  drawPath(table.doc, 'Nuori, joka etsii opiskelupaikkaa', [
    ...all.slice(0, 4),
    { phase: 'ending', text: 'Yhteishaun tuki keväällä' },
    notes['Seurantasoitto kolmen kuukauden päästä'],
  ]);
  drawPath(table.doc, 'Nuori, joka tarvitsee monialaista tukea', [
    ...all.slice(1, 5),
    {
      noteId: notes['Jatko-ohjaus ja saattaen vaihtaminen'],
      risk: { kind: 'counter-to-counter', reason: 'Kolme luukkua' },
    },
    { phase: 'followup', text: 'Pitkäaikainen seuranta puuttuu' },
  ]);
  drawPath(table.doc, 'Työtä etsivä nuori', all);
  drawPath(table.doc, 'Nuori, joka odottaa mielenterveyspalveluja', [
    notes['Somekanavat ja nuorisotyön jalkautuminen'],
    { noteId: notes['Palveluohjaus ja tilannearvio'], risk: { kind: 'waiting', reason: 'Jono kuusi viikkoa' } },
    { phase: 'during', text: 'Matalan kynnyksen terapia' },
    notes['Jatko-ohjaus ja saattaen vaihtaminen'],
  ]);
  await table.close();

  projector = await (await newPerson(browser, 'Videotykki', { viewport: { width: 1280, height: 720 } })).newPage();
  await projector.goto(workshop.links.projector);
  await waitLive(projector);
  facilitator = await (await newPerson(browser, 'Fasilitaattori')).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
  await mkdir('/tmp/projector-shots', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

const fontPx = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));

describe('the service paths on the projector', () => {
  it('shows all paths as lanes when the facilitator asks, whole at 1280x720 without scrolling', async () => {
    const show = facilitator.getByRole('button', { name: 'Näytä palvelupolut videotykillä' });
    expect(await show.getAttribute('aria-pressed')).toBe('false');
    await show.click();
    expect(await show.getAttribute('aria-pressed')).toBe('true');

    const lanes = projector.getByRole('table', { name: 'Palvelupolut vaiheittain' });
    await lanes.waitFor();
    await projector.getByRole('heading', { level: 1, name: 'Palvelupolut' }).waitFor();
    const paths = await lanes.getByRole('rowheader').allInnerTexts();
    expect(paths.map((text) => text.replaceAll('\u00ad', ''))).toEqual([
      expect.stringContaining('Kertakävijä'),
      expect.stringContaining('Nuori, joka etsii opiskelupaikkaa'),
      expect.stringContaining('Nuori, joka tarvitsee monialaista tukea'),
      expect.stringContaining('Työtä etsivä nuori'),
      expect.stringContaining('Nuori, joka odottaa mielenterveyspalveluja'),
      'Yhteenveto',
    ]);
    await lanes
      .getByRole('row', { name: /odottaa mielenterveyspalveluja/ })
      .getByRole('cell', { name: '3. Puuttuva palvelu: Matalan kynnyksen terapia' })
      .waitFor();
    await expect.poll(() => isWhole(projector, '.projector-paths')).toBe(true);
    expect(await projector.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // As large as five paths of seven steps allow (16 px measured), never the smallest type.
    expect(await fontPx(projector, '.projector-paths')).toBeGreaterThanOrEqual(15);
    expect(await seriousViolations(projector)).toEqual([]);
    await shootInFiAndSv(projector, 'paths', 'Servicestigar skede för skede');
  });

  it('shows one path the facilitator picks, its steps as large cards across the phases', async () => {
    await facilitator
      .getByRole('combobox', { name: 'Videotykillä' })
      .selectOption({ label: 'C. Nuori, joka tarvitsee monialaista tukea' });
    await projector
      .getByRole('heading', { level: 1, name: /^Polku C: Nuori, joka tarvitsee monialaista tukea/ })
      .waitFor();
    await facilitator.screenshot({ path: '/tmp/projector-shots/path-picker-fi-1366x768.png' });
    const phases = projector.locator('.projector-path > li');
    expect(await phases.count()).toBe(5);
    const headings = await projector.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings.map((text) => text.replaceAll('\u00ad', ''))).toEqual([
      'Ennen asiakkuuden alkua',
      'Alkuvaihe',
      'Asiakkuuden aikana',
      'Asiakkuuden päättövaihe',
      'Seurantavaihe',
    ]);
    expect(await phases.nth(0).innerText()).toContain('ohitettu');

    const shown = async (index: number) => (await phases.nth(index).innerText()).replaceAll('\u00ad', '');
    expect(await shown(4)).toMatch(/6\.\s*⊘ Puuttuva palvelu:\s*Pitkäaikainen seuranta puuttuu/);
    await expect.poll(() => isWhole(projector, '.projector-paths')).toBe(true);
    expect(await fontPx(projector, '.projector-paths')).toBeGreaterThanOrEqual(24);
    expect(await seriousViolations(projector)).toEqual([]);
    await shootInFiAndSv(projector, 'one-path', 'Inledningsskedet');
  });

  it('shows all paths again, saying so, when the path on the wall is deleted', async () => {
    const table = await openRoom(workshop, `${workshop.id}/plenary`, tokenOf(workshop.links.facilitator));
    const chosen = readPaths(table.doc).find((path) => path.name === 'Nuori, joka tarvitsee monialaista tukea');
    expect(chosen && deletePath(table.doc, chosen.id).ok).toBe(true);
    await table.close();
    await projector.getByText('Valittua polkua ei enää ole, joten kaikki polut näytetään.').waitFor();
    const lanes = projector.getByRole('table', { name: 'Palvelupolut vaiheittain' });
    expect(await lanes.getByRole('rowheader').count()).toBe(5);
    await expect.poll(() => isWhole(projector, '.projector-paths')).toBe(true);
  });

  it('returns to what the stage shows when the facilitator turns the paths off', async () => {
    await facilitator.getByRole('button', { name: 'Näytä palvelupolut videotykillä' }).click();
    await projector.getByRole('heading', { name: 'Liity mukaan' }).waitFor();
    expect(await projector.getByRole('table', { name: 'Palvelupolut vaiheittain' }).count()).toBe(0);
  });
});
