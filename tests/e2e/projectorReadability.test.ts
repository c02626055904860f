import { mkdir } from 'node:fs/promises';
import { CELL_IDS, type CellId, setFocus, setStage } from '@avaa/board-model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CELL, cell } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { asFacilitator, readType } from './support/projector.ts';
import { type SeedNote, seedCells } from './support/seedCells.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { waitLive } from './support/workshop.ts';

// Issue 13, point 2: read from the back of the room. At 1280x720 with 60 notes on the table and
// 16 of them in one cell (normal after merging 3-4 groups), no note text is under 16 px and none
// is cut without a "+N more"; a cell shown to everyone fills the screen at 24 px or more.
const SHOTS = '/tmp/projector-shots';
const FULL: CellId = 'start:services';
const TEXTS = [
  'Matalan kynnyksen päivystys tiistaisin ja torstaisin',
  'Yhteinen ajanvaraus kaikille ammattilaisille',
  'Ensimmäinen kohtaaminen: kuka ottaa vastaan ja miten palveluntarve arvioidaan?',
  'Verkostopalaveri viikoittain',
  'Työllisyyspalvelujen asiantuntija paikalla maanantaisin',
  'Parityö sosiaaliohjaajan ja uravalmentajan kesken; sovitaan yhteinen kirjauskäytäntö',
  'Nuorten raati kommentoi palvelupolkua',
  'Ei luukuttamista: saattaen vaihtaminen',
  'Palautteen kerääminen QR-koodilla',
  'Some-kanavat ja nuorten oma viestintä',
];

/** 16 notes in one cell and 44 over the other 14 (3-4 each): 60 in all. */
function sixtyNotes(): SeedNote[] {
  const notes: SeedNote[] = [];
  for (let i = 0; i < 16; i++) notes.push({ cell: FULL, text: TEXTS[i % TEXTS.length] as string });
  const others = CELL_IDS.filter((id) => id !== FULL);
  for (let i = 0; i < 44; i++)
    notes.push({ cell: others[i % others.length] as CellId, text: TEXTS[(i * 3) % TEXTS.length] as string });
  return notes;
}

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let projector: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – yhteinen taulukko');
  await seedCells(workshop.sync.url, workshop.sync.board, workshop.sync.tokens.facilitator as string, sixtyNotes());
  await asFacilitator(workshop, 'workshop', (doc) => setStage(doc, 'common-table'));
  const screen = await newPerson(browser, 'Videotykki', { viewport: { width: 1280, height: 720 } });
  projector = await screen.newPage();
  await projector.goto(workshop.links.projector);
  await waitLive(projector);
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('the projector from the back of the room', () => {
  it('shows 60 notes at 16 px or more, none cut, the rest of a full cell as "+N more"', async () => {
    await expect.poll(async () => (await readType(projector)).notes).toBe(60);
    const reading = await readType(projector);
    console.log(`smallest note text at 1280x720 with 60 notes: ${reading.smallestPx} px`);
    expect(reading.smallestPx).toBeGreaterThanOrEqual(16);
    expect(reading.cut).toBe(0);
    expect(reading.saidMore).toBe(reading.hidden);
    const full = cell(projector, CELL.startServices);
    const shown = await full.locator('li:not([hidden])').count();
    expect(shown).toBeGreaterThan(0);
    expect(await full.locator('.projector-more').innerText()).toBe(`+${16 - shown} lisää`);
    await projector.screenshot({ path: `${SHOTS}/table-60-fi-1280x720.png` });
  });

  it('stays readable in Swedish and on a 1366x768 laptop', async () => {
    await projector.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
    await projector.getByText('+', { exact: false }).filter({ hasText: 'till' }).first().waitFor();
    const swedish = await readType(projector);
    expect(swedish.smallestPx).toBeGreaterThanOrEqual(16);
    expect(swedish.cut).toBe(0);
    await projector.screenshot({ path: `${SHOTS}/table-60-sv-1280x720.png` });
    await projector.getByRole('combobox', { name: 'Språk' }).selectOption('fi');
    await projector.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(async () => (await readType(projector)).cut).toBe(0);
    expect((await readType(projector)).smallestPx).toBeGreaterThanOrEqual(16);
    await projector.screenshot({ path: `${SHOTS}/table-60-fi-1366x768.png` });
    await projector.setViewportSize({ width: 1280, height: 720 });
  });

  it('fills the screen with a cell shown to everyone: all 16 notes at 24 px or more, no label over them', async () => {
    await asFacilitator(workshop, 'workshop', (doc) => setFocus(doc, { board: 'plenary', cell: FULL }));
    await projector.locator('.projector-focus').waitFor();
    await expect.poll(async () => (await readType(projector)).notes).toBe(16);
    const reading = await readType(projector);
    console.log(`smallest note text of a focused 16-note cell at 1280x720: ${reading.smallestPx} px`);
    expect(reading.smallestPx).toBeGreaterThanOrEqual(24);
    expect(reading).toMatchObject({ cut: 0, hidden: 0, saidMore: 0 });
    const heading = await projector.locator('.projector-focus__heading').boundingBox();
    const first = await projector.locator('.projector-note').first().boundingBox();
    expect((heading?.y ?? 0) + (heading?.height ?? 0)).toBeLessThanOrEqual(first?.y ?? 0);
    await projector.screenshot({ path: `${SHOTS}/focus-16-fi-1280x720.png` });
    await projector.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
    await projector.getByRole('heading', { name: /Inledningsskedet/ }).waitFor();
    await projector.screenshot({ path: `${SHOTS}/focus-16-sv-1280x720.png` });
    await projector.getByRole('combobox', { name: 'Språk' }).selectOption('fi');
    await asFacilitator(workshop, 'workshop', (doc) => setFocus(doc, null));
    await projector.locator('.projector__grid').waitFor();
  });
});
