import { mkdir } from 'node:fs/promises';
import { addAgreement, createNote } from '@avaa/board-model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { pathOf, personIdOf, placeInGroups } from './support/facilitation.ts';
import { openSearch, shootSearch } from './support/search.ts';
import { openRoom } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// Search across the workshop: the facilitator and Anna (group 1, laptop) and Pekka (group 2,
// phone) find notes on any board and agreement items, with the dots left out; a result opens
// its board with the note in view, focused and highlighted.
const SHOTS = '/tmp/ready-shots';

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let facilitator: Page;
let anna: Page;
let pekka: Page;
const tokenOf = (link: string) => new URL(link).hash.slice('#token='.length);

async function seed(room: string, write: (doc: import('yjs').Doc) => void) {
  const opened = await openRoom(workshop, `${workshop.id}/${room}`, tokenOf(workshop.links.facilitator));
  write(opened.doc);
  await opened.close();
}

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä');
  facilitator = await (await newPerson(browser, 'Fasilitaattori')).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
  anna = await joinWorkshop(await (await newPerson(browser, 'Anna')).newPage(), workshop.links.participant, 'Anna');
  const phone = await newPerson(browser, 'Pekka', { viewport: { width: 390, height: 844 }, hasTouch: true });
  pekka = await joinWorkshop(await phone.newPage(), workshop.links.participant, 'Pekka');
  await placeInGroups(workshop, [
    { person: await personIdOf(anna, workshop), group: 1 },
    { person: await personIdOf(pekka, workshop), group: 2 },
  ]);
  await seed('group/1', (doc) => {
    createNote(doc, 'start:services', { text: 'Matalan kynnyksen päivystys tiistaisin' });
    createNote(doc, 'during:collaboration', { text: 'Verkostopalaverit Kelan kanssa' });
  });
  await seed('group/2', (doc) => {
    for (let i = 0; i < 12; i++) createNote(doc, 'before:services', { text: `Somekanava ${i + 1}` });
    createNote(doc, 'followup:participation', { text: 'Päivystyksen palautekysely nuorille' });
  });
  await seed('workshop', (doc) => {
    addAgreement(doc, 'decide-now', { text: 'Päivystys myös torstai-iltaisin', owner: 'Nuorisotyö' });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('search across the workshop', () => {
  it('finds notes on every board and agreement items, grouped, with the match marked', async () => {
    const dialog = await openSearch(facilitator, 'keyboard');
    // The field has the keyboard: what is typed at once is searched.
    // Finnish inflects: "päivystyksen" is found by its stem, without the dots.
    await facilitator.keyboard.type('paivysty');
    await expect.poll(() => dialog.getByRole('searchbox', { name: 'Hakusanat' }).inputValue()).toBe('paivysty');
    await expect.poll(() => dialog.getByRole('status').innerText()).toBe('3 tulosta');
    const places = await dialog.locator('.search-results__place h3').allInnerTexts();
    expect(places).toEqual(['Ryhmä 1', 'Ryhmä 2', 'Sopimukset']);
    expect(await dialog.locator('mark').allInnerTexts()).toEqual(['päivysty', 'Päivysty', 'Päivysty']);
    expect(await dialog.locator('.search-result__where').first().innerText()).toBe(
      'Alkuvaihe – Toimenpiteet ja palvelut',
    );
    expect(await seriousViolations(facilitator)).toEqual([]);
    await dialog.getByRole('searchbox').press('Escape');
    await expect.poll(() => facilitator.locator('.search-dialog').count()).toBe(0);
    // The keyboard is back at the search button, not at the top of the page.
    await expect
      .poll(() => facilitator.evaluate(() => document.activeElement?.closest('.search-open') !== null))
      .toBe(true);
  });

  it('a result opens its board with the note in view, focused and highlighted; also on a phone', async () => {
    const dialog = await openSearch(pekka, 'menu');
    await dialog.getByRole('searchbox', { name: 'Hakusanat' }).fill('palautekysely');
    await dialog.getByRole('button', { name: /Seurantavaihe – Asiakkaan osallisuus/ }).tap();
    await expect.poll(() => pathOf(pekka)).toBe(`/w/${workshop.id}/group/2`);
    const note = pekka.locator('.search-found');
    await note.waitFor();
    // Notes are hyphenated with soft hyphens.
    expect((await note.innerText()).replace(/\u00ad/g, '')).toContain('Päivystyksen palautekysely nuorille');
    expect(await note.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    const box = await note.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 844).toBe(true);

    // Anna finds group 1's note from the other group's board and from the "/" shortcut.
    await anna.goto(`${server.url}/w/${workshop.id}/group/2`);
    await waitLive(anna);
    const annas = await openSearch(anna, 'slash');
    await annas.getByRole('searchbox').fill('kelan');
    await annas.getByRole('button', { name: /Verkostopalaverit/ }).click();
    await expect.poll(() => pathOf(anna)).toBe(`/w/${workshop.id}/group/1`);
    await anna.locator('.search-found').waitFor();

    // An agreement item opens the agreements page at the item.
    const facilitators = await openSearch(facilitator, 'button');
    await facilitators.getByRole('searchbox').fill('torstai-iltaisin');
    await facilitators.getByRole('button', { name: /Päivystys myös torstai-iltaisin/ }).click();
    await expect.poll(() => pathOf(facilitator)).toBe(`/w/${workshop.id}/agreements`);
    const item = facilitator.locator('[data-agreement-id].search-found');
    await item.waitFor();
    expect(await item.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await shootSearch({ facilitator, anna, pekka }, SHOTS, 'päivys');
  });
});
