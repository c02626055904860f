import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CELL, type CellName, cell, noteTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { personIdOf, placeInGroups } from './support/facilitation.ts';
import { seedCells } from './support/seedCells.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// Issue 15, point 9: dragging a note by keyboard steps through the table's places, not by
// geometry. Down goes to the next place in the cell and then to the cell below (the next
// dimension; on a phone, the next cell shown), right to the next phase of the same row. The
// drop is announced at the place the note took, and its drag handle keeps the focus.
const DURING_COLLABORATION: CellName = { phase: 'Asiakkuuden aikana', dimension: CELL.startCollaboration.dimension };
const CHAT = 'Chat-palvelu iltaisin';
const BOOKING = 'Ajanvaraus verkossa';
const PLAN = 'Yhteinen asiakassuunnitelma';
const NETWORK = 'Verkostopalaveri kuukausittain';
const CONSULTATION = 'Sosiaalityön konsultaatio';

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let anna: Page;

const handle = (text: string) => anna.getByRole('button', { name: `Siirrä lappua: ${text}` });
const announced = () => anna.locator('[id^="DndLiveRegion"]').innerText();
const handleHasFocus = (text: string) => handle(text).evaluate((element) => element === document.activeElement);

/** Picks the note up with Space, presses the arrows one by one, and drops it with Space. */
async function dragByKeyboard(text: string, arrows: readonly string[]): Promise<void> {
  await handle(text).focus();
  await anna.keyboard.press('Space');
  await expect.poll(announced).toMatch(/Tartuit|on solussa/);
  // A moment for each step's target to settle, as a person pauses between keys.
  await anna.waitForTimeout(150);
  for (const arrow of arrows) {
    await anna.keyboard.press(arrow);
    await anna.waitForTimeout(150);
  }
  await anna.keyboard.press('Space');
  await expect.poll(announced).toContain('siirrettiin');
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Näppäimistövetotesti');
  anna = await joinWorkshop(await (await newPerson(browser, 'Anna')).newPage(), workshop.links.participant, 'Anna');
  await placeInGroups(workshop, [{ person: await personIdOf(anna, workshop), group: 1 }]);
  await seedCells(workshop.sync.url, `${workshop.id}/group/1`, workshop.sync.tokens.facilitator as string, [
    { cell: 'start:services', text: BOOKING },
    { cell: 'start:services', text: CHAT },
    { cell: 'start:collaboration', text: PLAN },
    { cell: 'start:collaboration', text: NETWORK },
    { cell: 'during:collaboration', text: CONSULTATION },
  ]);
  await anna.goto(`${server.url}/w/${workshop.id}/group/1`);
  await waitLive(anna);
  await handle(CHAT).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('dragging a note by keyboard on a laptop (1366x768)', () => {
  it('ArrowDown from the last place of a cell lands first in the cell below, announced there', async () => {
    await dragByKeyboard(CHAT, ['ArrowDown']);
    await expect.poll(() => noteTexts(anna, CELL.startCollaboration)).toEqual([CHAT, PLAN, NETWORK]);
    expect(await noteTexts(anna, CELL.startServices)).toEqual([BOOKING]);
    expect(await announced()).toContain(
      `siirrettiin soluun ${CELL.startCollaboration.phase} – ${CELL.startCollaboration.dimension}, kohtaan 1/3.`,
    );
    await expect.poll(() => handleHasFocus(CHAT)).toBe(true);
  });

  it('ArrowRight goes to the next phase of the same row, last there', async () => {
    await dragByKeyboard(CHAT, ['ArrowRight']);
    await expect.poll(() => noteTexts(anna, DURING_COLLABORATION)).toEqual([CONSULTATION, CHAT]);
    expect(await announced()).toContain('kohtaan 2/2.');
    await expect.poll(() => handleHasFocus(CHAT)).toBe(true);
  });

  it('ArrowUp and ArrowDown step between the notes of the cell before leaving it', async () => {
    await dragByKeyboard(NETWORK, ['ArrowUp']);
    await expect.poll(() => noteTexts(anna, CELL.startCollaboration)).toEqual([NETWORK, PLAN]);
    expect(await announced()).toContain('kohtaan 1/2.');
    await dragByKeyboard(NETWORK, ['ArrowDown']);
    await expect.poll(() => noteTexts(anna, CELL.startCollaboration)).toEqual([PLAN, NETWORK]);
    expect(await announced()).toContain('kohtaan 2/2.');
    await expect.poll(() => handleHasFocus(NETWORK)).toBe(true);
  });
});

describe('dragging a note by keyboard on a phone (390x844, the cells in one column)', () => {
  it('ArrowDown goes to the cell shown below: the next phase of the same dimension', async () => {
    await anna.setViewportSize({ width: 390, height: 844 });
    const from = await cell(anna, CELL.startServices).boundingBox();
    const below = await cell(anna, CELL.duringServices).boundingBox();
    expect(below && from && below.y > from.y && Math.abs(below.x - from.x) < 1).toBe(true);
    await dragByKeyboard(BOOKING, ['ArrowDown']);
    await expect.poll(() => noteTexts(anna, CELL.duringServices)).toEqual([BOOKING]);
    expect(await noteTexts(anna, CELL.startServices)).toEqual([]);
    expect(await announced()).toContain(
      `soluun ${CELL.duringServices.phase} – ${CELL.duringServices.dimension}, kohtaan 1/1.`,
    );
    await expect.poll(() => handleHasFocus(BOOKING)).toBe(true);
  });
});
