import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CellName, cell, noteTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { personIdOf, placeInGroups } from './support/facilitation.ts';
import { seedCells } from './support/seedCells.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// Stacking by hand on a group's board (every board a person writes on): two notes that say the
// same thing in other words, which the similarity proposals never pair, are stacked by dropping
// one onto the other, from the note's menu, and by keyboard; the menu unstacks them again, and
// dropping on the gap between notes still reorders.
const BEFORE: CellName = { phase: 'Ennen asiakkuuden alkua', dimension: 'Toimenpiteet ja palvelut' };
const INSTAGRAM = 'Instagram-tili nuorille';
const SOME = 'Somekanavat: Instagram ja TikTok';
const FAIR = 'Oppilaitosten messut';

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let anna: Page;

const note = (text: string): Locator =>
  cell(anna, BEFORE)
    .getByRole('listitem')
    .filter({ has: anna.locator('.note__text', { hasText: text }) });
const stackCount = (text: string) => note(text).locator('.note-provenance__stack');

async function openMenu(text: string): Promise<Locator> {
  await anna.getByRole('button', { name: `Lapun toiminnot: ${text}` }).click();
  return note(text).locator('.note-menu');
}

async function unstack(head: string): Promise<void> {
  const menu = await openMenu(head);
  await menu.getByRole('button', { name: 'Pura pino' }).click();
  await expect.poll(() => noteTexts(anna, BEFORE).then((texts) => texts.length)).toBe(3);
}

/** Drags a note by its handle with the mouse, to `y` (a share of the target's height) over `target`. */
async function drag(from: string, target: Locator, share: number): Promise<void> {
  const handle = await anna.getByRole('button', { name: `Siirrä lappua: ${from}` }).boundingBox();
  const to = await target.boundingBox();
  if (!handle || !to) throw new Error('no layout');
  await anna.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await anna.mouse.down();
  await anna.mouse.move(handle.x + 20, handle.y + 10, { steps: 5 });
  await anna.mouse.move(to.x + to.width / 2, to.y + to.height * share, { steps: 15 });
  await anna.waitForTimeout(100);
  await anna.mouse.move(to.x + to.width / 2 + 1, to.y + to.height * share, { steps: 2 });
  await anna.mouse.up();
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Pinoamistesti');
  anna = await joinWorkshop(await (await newPerson(browser, 'Anna')).newPage(), workshop.links.participant, 'Anna');
  await placeInGroups(workshop, [{ person: await personIdOf(anna, workshop), group: 1 }]);
  await seedCells(workshop.sync.url, `${workshop.id}/group/1`, workshop.sync.tokens.facilitator as string, [
    { cell: 'before:services', text: INSTAGRAM },
    { cell: 'before:services', text: SOME },
    { cell: 'before:services', text: FAIR },
  ]);
  await anna.goto(`${server.url}/w/${workshop.id}/group/1`);
  await waitLive(anna);
  await note(FAIR).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('stacking notes by hand on a group’s board', () => {
  it('stacks a note onto another from the note’s menu, and unstacks it from the menu', async () => {
    const menu = await openMenu(SOME);
    await menu.getByRole('button', { name: 'Pinoa toisen lapun kanssa…' }).click();
    await menu.getByRole('radio', { name: INSTAGRAM }).check();
    await menu.getByRole('button', { name: 'Pinoa', exact: true }).click();
    await expect.poll(() => noteTexts(anna, BEFORE)).toEqual([INSTAGRAM, FAIR]);
    expect(await stackCount(INSTAGRAM).innerText()).toBe('Pino: 2 lappua');
    await unstack(INSTAGRAM);
    expect(await noteTexts(anna, BEFORE)).toEqual([INSTAGRAM, SOME, FAIR]);
  });

  it('stacks by keyboard through the menu', async () => {
    await anna.getByRole('button', { name: `Lapun toiminnot: ${FAIR}` }).focus();
    await anna.keyboard.press('Enter');
    const menu = note(FAIR).locator('.note-menu');
    await menu.getByRole('button', { name: 'Pinoa toisen lapun kanssa…' }).focus();
    await anna.keyboard.press('Enter');
    // The first note of the cell is chosen to begin with; arrows move the choice.
    await expect.poll(() => anna.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('radio');
    await anna.keyboard.press('ArrowDown');
    await anna.keyboard.press('Tab');
    await anna.keyboard.press('Enter');
    await expect.poll(() => noteTexts(anna, BEFORE)).toEqual([INSTAGRAM, SOME]);
    expect(await stackCount(SOME).innerText()).toBe('Pino: 2 lappua');
    await unstack(SOME);
  });

  it('stacks a note dropped onto the middle of another note', async () => {
    // A fresh page: nothing left moving from the menus and toasts before.
    await anna.reload();
    await waitLive(anna);
    await note(FAIR).waitFor();
    await drag(FAIR, note(INSTAGRAM), 0.5);
    await expect.poll(async () => (await noteTexts(anna, BEFORE)).sort()).toEqual([INSTAGRAM, SOME]);
    expect(await stackCount(INSTAGRAM).innerText()).toBe('Pino: 2 lappua');
    await unstack(INSTAGRAM);
  });

  it('still reorders a note dropped onto the gap between notes', async () => {
    const before = await noteTexts(anna, BEFORE);
    const last = before[2] as string;
    await drag(last, note(before[0] as string), 0.05);
    await expect.poll(() => noteTexts(anna, BEFORE)).toEqual([last, before[0], before[1]]);
    expect(await cell(anna, BEFORE).locator('.note-provenance__stack').count()).toBe(0);
  });
});
