import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { CELL, type CellName, cell } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { connectPathClient, type PathClient } from './support/pathDrawing.ts';
import { seedCells } from './support/seedCells.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop } from './support/workshop.ts';

// Drawing service paths on the common table, in Chromium against the real server: by pointer
// (start from a note's menu, click notes, Done) and by keyboard only (menu, Tab, Enter, Escape),
// each read back from the document by a second client and from the page's accessibility tree.
const WALK_IN = 'Walk-in-ohjaus';
const BOOKING = 'Ajanvaraus verkossa';
const CAREER = 'Uravalmennus';
const NETWORK = 'Verkostopalaveri viikoittain';

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let anna: Page;
let other: PathClient;

const note = (where: CellName, text: string): Locator =>
  cell(anna, where)
    .getByRole('listitem')
    .filter({ has: anna.locator('.note__text', { hasText: text }) });
const noteButton = (text: string) => anna.getByRole('button', { name: text, exact: true });
const markers = () => anna.locator('svg.path-overlay .path-marker');
const banner = () => anna.getByRole('region', { name: /^Piirretään polkua/ });
const stepsOf = (name: string) =>
  other
    .paths()
    .find((path) => path.name === name)
    ?.steps.map((step) => step.note?.text ?? step.text) ?? [];

/** Opens a note's menu and its "Add to path…" form; `keyboard`: by focus and Enter only. */
async function openPathForm(text: string, keyboard: boolean): Promise<void> {
  const menu = anna.getByRole('button', { name: `Lapun toiminnot: ${text}` });
  const add = anna.getByRole('button', { name: 'Lisää polulle…' });
  if (!keyboard) {
    await menu.click();
    await add.click();
    return;
  }
  await menu.focus();
  await anna.keyboard.press('Enter');
  await add.focus();
  await anna.keyboard.press('Enter');
}

/** Tabs (forward, or back with Shift) until the note's text (the button that picks it) has the focus. */
async function tabTo(text: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    await anna.keyboard.press(key);
    const focused = await anna.evaluate(() => {
      const active = document.activeElement;
      return active?.matches('[data-note-control="text"]') ? (active.textContent ?? '').replaceAll('\u00AD', '') : null;
    });
    if (focused === text) return;
  }
  throw new Error(`Tab never reached ${text}`);
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Palvelupolut');
  const token = workshop.sync.tokens.facilitator as string;
  await seedCells(workshop.sync.url, workshop.sync.board, token, [
    { cell: 'start:services', text: WALK_IN },
    { cell: 'start:services', text: BOOKING },
    { cell: 'during:services', text: CAREER },
    { cell: 'during:collaboration', text: NETWORK },
  ]);
  other = await connectPathClient(workshop.sync.url, workshop.sync.board, token);
  anna = await joinWorkshop(await (await newPerson(browser, 'Anna')).newPage(), workshop.links.participant, 'Anna');
  await note(CELL.duringServices, CAREER).waitFor();
});

afterAll(async () => {
  await other?.close();
  await browser?.close();
  await server?.dispose();
});

describe('drawing a service path on the table', () => {
  it('by pointer: starts from a note’s menu, adds clicked notes in order, draws three numbered markers', async () => {
    other.createPath('Kertakävijä');
    await openPathForm(WALK_IN, false);
    await anna.getByRole('button', { name: 'Piirrä polkua tästä lapusta: Kertakävijä' }).click();
    await banner().waitFor();
    await noteButton(BOOKING).click();
    // A press on a note's handle while drawing drags nothing: the note stays in its cell.
    const handle = await anna.getByRole('button', { name: `Siirrä lappua: ${CAREER}` }).boundingBox();
    const target = await cell(anna, CELL.startCollaboration).boundingBox();
    if (!handle || !target) throw new Error('no layout');
    await anna.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await anna.mouse.down();
    await anna.mouse.move(target.x + 40, target.y + 40, { steps: 10 });
    await anna.mouse.up();
    await noteButton(CAREER).click();
    await expect.poll(() => banner().getByText('3 vaihetta').isVisible()).toBe(true);
    await banner().getByRole('button', { name: 'Valmis' }).click();
    await banner().waitFor({ state: 'detached' });
    await expect.poll(() => stepsOf('Kertakävijä')).toEqual([WALK_IN, BOOKING, CAREER]);
    expect(await note(CELL.duringServices, CAREER).count()).toBe(1);
    await expect.poll(() => markers().allTextContents()).toEqual(['A1', 'A2', 'A3']);
    // The board's undo takes back one pick at a time, and redo brings it back.
    await anna.getByRole('button', { name: 'Kumoa', exact: true }).click();
    await expect.poll(() => stepsOf('Kertakävijä')).toEqual([WALK_IN, BOOKING]);
    await anna.getByRole('button', { name: 'Tee uudelleen', exact: true }).click();
    await expect.poll(() => stepsOf('Kertakävijä')).toEqual([WALK_IN, BOOKING, CAREER]);
    // After Done a click edits the note again.
    await noteButton(BOOKING).click();
    await cell(anna, CELL.startServices).getByRole('textbox').waitFor();
    await anna.keyboard.press('Escape');
  });

  it('by keyboard only: menu, Tab and Enter pick, Escape ends; the notes say which paths use them', async () => {
    other.createPath('Nuori, joka etsii opiskelupaikkaa');
    await openPathForm(CAREER, true);
    await anna.getByRole('button', { name: 'Piirrä polkua tästä lapusta: Nuori, joka etsii opiskelupaikkaa' }).focus();
    await anna.keyboard.press('Enter');
    await banner().waitFor();
    // Focus is back on the note the path starts from; Tab goes on to the next notes.
    await tabTo(NETWORK);
    await anna.keyboard.press('Enter');
    await expect
      .poll(() => anna.locator('[data-announces="path-drawing"]').textContent())
      .toContain(`Lisätty vaihe 2: ${NETWORK}`);
    // Back up the table to the first phase's note.
    await tabTo(WALK_IN, 'Shift+Tab');
    await anna.keyboard.press('Enter');
    await expect.poll(() => stepsOf('Nuori, joka etsii opiskelupaikkaa')).toEqual([CAREER, NETWORK, WALK_IN]);
    // The banner, the headers' "+ missing service", the chips and the lines pass axe while drawing.
    expect(await seriousViolations(anna)).toEqual([]);
    await anna.keyboard.press('Escape');
    await banner().waitFor({ state: 'detached' });
    const tree = await anna.getByRole('table').ariaSnapshot();
    expect(tree).toContain('Käytössä poluilla: Kertakävijä (vaihe 1) ja Nuori, joka etsii opiskelupaikkaa (vaihe 3)');
    expect(tree).toContain('Käytössä poluilla: Nuori, joka etsii opiskelupaikkaa (vaihe 2)');
    expect(tree).toContain('Käytössä poluilla: Kertakävijä (vaihe 3) ja Nuori, joka etsii opiskelupaikkaa (vaihe 1)');
    await expect.poll(() => markers().count()).toBe(6);
  });
});
