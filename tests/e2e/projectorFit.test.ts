import { mkdir } from 'node:fs/promises';
import { addAgreement, type CellId, createNote, setFocus, setStage, startTimer } from '@avaa/board-model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CELL, cell } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { asFacilitator, projectorLanguage, readType, shootInFiAndSv } from './support/projector.ts';
import { seedCells } from './support/seedCells.ts';
import { formWorkshopGroups, joinPeople, openRoom, presentGroup } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { waitLive } from './support/workshop.ts';

// Issue 13, point 2, as a presenting group and a merged table show it at 1280x720: a cell with
// room for its notes shows them all (no "+1 more" under one note), and a full cell takes the
// room that empty cells do not use, so fewer of its notes hide behind "+N more".
const SHOTS = '/tmp/projector-shots';
const FULL: CellId = 'start:services';
const tokenOf = (link: string) => new URL(link).hash.slice('#token='.length);

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let projector: Page;

const shownIn = (page: Page, id: CellId) => page.locator(`[data-cell="${id}"] li:not([hidden])`).count();

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä');
  await joinPeople(
    server.url,
    workshop,
    ['Anna', 'Olli', 'Pekka', 'Saara'].map((name) => ({ name, role: 'core-staff' as const })),
  );
  await formWorkshopGroups(workshop, 3);
  projector = await (await newPerson(browser, 'Videotykki', { viewport: { width: 1280, height: 720 } })).newPage();
  await projector.goto(workshop.links.projector);
  await waitLive(projector);
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('the projector fits what it has room for', () => {
  it('shows both short notes of a presenting group’s cell, with no "+N more"', async () => {
    const group = await openRoom(workshop, `${workshop.id}/group/1`, tokenOf(workshop.links.facilitator));
    for (const text of ['Matalan kynnyksen päivystys', 'Yhteinen ajanvaraus']) createNote(group.doc, FULL, { text });
    await group.close();
    await asFacilitator(workshop, 'workshop', (doc) => setStage(doc, 'presentations'));
    await presentGroup(workshop, 1);
    await projector.getByRole('heading', { level: 1, name: /Ryhmä 1 esittelee/ }).waitFor();
    // The window was smaller a moment (a laptop before it goes full screen on the projector, or
    // a header that wrapped): in an equal grid one note was hidden then; both fit at 1280x720.
    await projector.setViewportSize({ width: 1280, height: 600 });
    await projector.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await projector.setViewportSize({ width: 1280, height: 720 });
    for (const [shown, heading] of [
      ['fi', /Ryhmä 1 esittelee/],
      ['sv', /Grupp 1 presenterar/],
    ] as const) {
      await projectorLanguage(projector).selectOption(shown);
      await projector.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expect.poll(() => shownIn(projector, FULL)).toBe(2);
      expect(await readType(projector)).toMatchObject({ notes: 2, cut: 0, hidden: 0, saidMore: 0 });
      expect(await projector.locator('.projector-more').count()).toBe(0);
    }
    await projectorLanguage(projector).selectOption('fi');
    await shootInFiAndSv(projector, 'presenting-2-notes', 'Grupp 1 presenterar');
    await presentGroup(workshop, null);
  });

  it('gives a full cell the room of empty ones: more of its 16 notes shown, none under 16 px', async () => {
    const texts = [
      'Matalan kynnyksen päivystys tiistaisin ja torstaisin',
      'Yhteinen ajanvaraus kaikille ammattilaisille',
      'Verkostopalaveri viikoittain',
      'Työllisyyspalvelujen asiantuntija paikalla maanantaisin',
      'Nuorten raati kommentoi palvelupolkua',
      'Ei luukuttamista: saattaen vaihtaminen',
      'Palautteen kerääminen QR-koodilla',
      'Some-kanavat ja nuorten oma viestintä',
    ];
    await seedCells(workshop.sync.url, workshop.sync.board, workshop.sync.tokens.facilitator as string, [
      ...Array.from({ length: 16 }, (_, i) => ({ cell: FULL, text: texts[i % texts.length] as string })),
      { cell: 'during:services', text: 'Nuorten raati' },
      { cell: 'followup:collaboration', text: 'Palautekysely puolen vuoden päästä' },
    ]);
    await asFacilitator(workshop, 'workshop', (doc) => setStage(doc, 'common-table'));
    await projector.locator('.projector__grid').waitFor();
    await expect.poll(async () => (await readType(projector)).notes).toBe(18);
    const reading = await readType(projector);
    const shown = await shownIn(projector, FULL);
    console.log(`notes of a 16-note cell shown at 1280x720 beside nearly empty cells: ${shown}`);
    console.log(`smallest note text: ${reading.smallestPx} px`);
    await shootInFiAndSv(projector, 'full-cell-16', 'Inledningsskedet');
    expect(reading.smallestPx).toBeGreaterThanOrEqual(16);
    expect(reading.cut).toBe(0);
    expect(reading.saidMore).toBe(reading.hidden);
    // The full cell is larger than any empty cell, in both directions.
    const full = await cell(projector, CELL.startServices).boundingBox();
    const empty = await projector.locator('[data-cell="ending:participation"]').boundingBox();
    if (!full || !empty) throw new Error('no cell');
    expect(full.width).toBeGreaterThan(empty.width * 1.5);
    expect(full.height).toBeGreaterThan(empty.height * 1.5);
    // In an equal grid the cell showed 2 of its 16 notes at this size.
    expect(shown).toBeGreaterThanOrEqual(5);
  });
});

// A note or an agreement too long for its box (the 500 characters a note may hold) is not the
// end of what the room sees: the shorter ones after it still show, and a box's only item shows
// as much as fits, faded at the foot, instead of an empty box that says "+1 more".
describe('the projector with a note too long for its cell', () => {
  const LONG =
    'Nuorten ohjaus alkaa matalan kynnyksen päivystyksestä, jossa työntekijä kartoittaa tilanteen ja ohjaa eteenpäin. '
      .repeat(5)
      .slice(0, 500);
  const shown = (page: Page, id: CellId) =>
    page.locator(`[data-cell="${id}"] li:not([hidden]) .projector-note__text`).allInnerTexts();
  const squash = (texts: string[]) => texts.map((text) => text.replaceAll('\u00ad', '').slice(0, 20));

  it('shows the notes after it, and a cell’s only note as far as it fits', async () => {
    const long = await createWorkshop(server.url, 'Ohjaamo Kotka');
    const page = await (await newPerson(browser, 'Videotykki', { viewport: { width: 1280, height: 720 } })).newPage();
    await page.goto(long.links.projector);
    await waitLive(page);
    await asFacilitator(long, 'workshop', (doc) => setStage(doc, 'common-table'));
    const board = await openRoom(long, `${long.id}/plenary`, tokenOf(long.links.facilitator));
    for (const text of ['Lyhyt 1', 'Lyhyt 2', 'Lyhyt 3']) createNote(board.doc, 'before:services', { text });
    for (const text of [LONG, 'Lyhyt A', 'Lyhyt B']) createNote(board.doc, 'start:services', { text });
    for (const text of ['Lyhyt X', LONG, 'Lyhyt Y']) createNote(board.doc, 'during:services', { text });
    createNote(board.doc, 'ending:services', { text: LONG.slice(0, 250) });
    createNote(board.doc, 'before:collaboration', { text: LONG });
    await board.close();
    await expect.poll(async () => (await readType(page)).notes).toBe(11);
    await expect.poll(async () => squash(await shown(page, 'start:services'))).toEqual(['Lyhyt A', 'Lyhyt B']);
    expect(squash(await shown(page, 'during:services'))).toEqual(['Lyhyt X', 'Lyhyt Y']);
    expect(squash(await shown(page, 'before:collaboration'))).toEqual([LONG.slice(0, 20)]);
    const reading = await readType(page);
    expect(reading.cut).toBe(0);
    expect(reading.saidMore).toBe(reading.hidden);
    expect(reading.hidden).toBe(2);
    await shootInFiAndSv(page, 'long-note-cells', 'Inledningsskedet');

    // Shown to everyone, the cell fills the screen and its long note shows whole, not faded.
    await asFacilitator(long, 'workshop', (doc) => setFocus(doc, { board: 'plenary', cell: 'before:collaboration' }));
    await page.locator('.projector-focus').waitFor();
    await expect.poll(() => page.locator('.projector-focus .projector-note').count()).toBe(1);
    expect(await page.locator('.fit-clamped').count()).toBe(0);
    expect(await readType(page)).toMatchObject({ cut: 0, hidden: 0, saidMore: 0 });
    await asFacilitator(long, 'workshop', (doc) => setFocus(doc, null));
    await page.locator('.projector__grid').waitFor();

    await asFacilitator(long, 'workshop', (doc) => setStage(doc, 'agreements'));
    await asFacilitator(long, 'workshop', (doc) => addAgreement(doc, 'decide-now', { text: LONG }));
    await asFacilitator(long, 'workshop', (doc) => addAgreement(doc, 'decide-now', { text: 'Lyhyt sopimus' }));
    const items = page.locator('.projector-agreements li:not([hidden])');
    await expect
      .poll(() => items.allInnerTexts().then((texts) => texts.some((text) => text.includes('Lyhyt sopimus'))))
      .toBe(true);
    await shootInFiAndSv(page, 'long-agreement', 'Överenskommelser');
  });
});

describe('the projector with a long workshop title', () => {
  it('wraps the title beside the stage without running over it, and the table still ends on the screen', async () => {
    const named = await createWorkshop(
      server.url,
      'Ohjaamo Pohjois-Pohjanmaa – Kuntoutusasiakasohjausprosessikehittämistyöryhmän kehittämispäivä 2025',
    );
    const page = await (await newPerson(browser, 'Videotykki', { viewport: { width: 1280, height: 720 } })).newPage();
    await page.goto(named.links.projector);
    await waitLive(page);
    // The timer in the header makes it taller; full cells shape the rows.
    await asFacilitator(named, 'workshop', (doc) => startTimer(doc, 15 * 60_000, Date.now()));
    await seedCells(named.sync.url, named.sync.board, named.sync.tokens.facilitator as string, [
      ...Array.from({ length: 15 }, (_, i) => ({
        cell: 'during:services' as CellId,
        text: `Monialainen tiimi ${i + 1}`,
      })),
      ...Array.from({ length: 5 }, (_, i) => ({ cell: 'start:collaboration' as CellId, text: `Verkosto ${i + 1}` })),
    ]);
    for (const stage of ['agreements', 'presentations', 'common-table'] as const) {
      await asFacilitator(named, 'workshop', (doc) => setStage(doc, stage));
      await page.locator('.projector-stage').waitFor();
      await page.waitForTimeout(200);
      const boxes = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().toJSON();
        const texts = Array.from(document.querySelectorAll('.projector__titles')).map((titles) => {
          const range = document.createRange();
          range.selectNodeContents(titles);
          return range.getBoundingClientRect().toJSON();
        });
        const cells = Array.from(document.querySelectorAll('.projector-cell, .projector-agreements__section'));
        return {
          titles: texts[0],
          stage: box('.projector-stage'),
          lowest: Math.max(...cells.map((cell) => cell.getBoundingClientRect().bottom)),
          height: window.innerHeight,
        };
      });
      // The title's text, however it wraps, ends left of the stage's name.
      expect(boxes.titles.right, stage).toBeLessThanOrEqual(boxes.stage.left + 0.5);
      expect(boxes.lowest, stage).toBeLessThanOrEqual(boxes.height + 0.5);
    }
    await shootInFiAndSv(page, 'long-title', 'Gemensam tabell');
  });
});
