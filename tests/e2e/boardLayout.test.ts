import { mkdirSync } from 'node:fs';
import { cellId, openVote, PHASE_IDS, startTimer } from '@avaa/board-model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CellName, cell, notesIn } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { seedCells } from './support/seedCells.ts';
import { formWorkshopGroups, joinPeople, openRoom, seedGroupBoards } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// The first screen at the key moments: the facilitator's laptop (1366x768) right after merging,
// with stack proposals waiting and a vote open, and a participant's phone (390x844).
const SHOTS = '/tmp/board-layout-shots';
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let facilitator: Page;
let phone: Page;

const tokenOf = (link: string) => new URL(link).hash.slice('#token='.length);
const firstRowTop = (page: Page) =>
  page.locator('[data-cell="before:services"]').evaluate((el) => el.getBoundingClientRect().top);
/** Where the first note of the table's first row ends on the screen (the row header alone is not enough). */
const firstRowNoteBottom = (page: Page) =>
  page
    .locator('[data-cell$=":services"] .note')
    .first()
    .evaluate((el) => el.getBoundingClientRect().bottom);

/** The cell under a point of the window. */
function cellAt(page: Page, point: { x: number; y: number }): Promise<string | null> {
  return page.evaluate(({ x, y }) => {
    // Under the dragged note's overlay, which follows the finger.
    const cell = document
      .elementsFromPoint(x, y)
      .find((element) => !element.closest('.note--overlay') && element.closest('[data-cell]'));
    return cell?.closest('[data-cell]')?.getAttribute('data-cell') ?? null;
  }, point);
}

/** The text of a timer whose time is inside the window, or null. */
function timeOnScreen(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    for (const time of Array.from(document.querySelectorAll('.timer__time'))) {
      const box = time.getBoundingClientRect();
      if (box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight) return time.textContent;
    }
    return null;
  });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä');
  await joinPeople(server.url, workshop, [
    { name: 'Pekka', role: 'core-staff' },
    { name: 'Liisa', role: 'other-staff' },
    { name: 'Sanna', role: 'network-partner' },
    { name: 'Olli', role: 'core-staff' },
  ]);
  const groups = await formWorkshopGroups(workshop, 3);
  await seedGroupBoards(workshop, groups, ['Matalan kynnyksen päivystys', 'Matalan kynnyksen päivystys ti'], 4);
  facilitator = await (await newPerson(browser, 'Fasilitaattori', { viewport: LAPTOP })).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('the facilitator’s first screen at 1366x768', () => {
  it('shows the table’s first row with a merge result, stack proposals and an open vote', async () => {
    await facilitator.getByRole('button', { name: 'Yhdistä ryhmien laput' }).click();
    // The merge shows its preview first.
    await facilitator.getByRole('button', { name: 'Yhdistä', exact: true }).click();
    await facilitator.locator('#merge-result-heading').waitFor();
    const room = await openRoom(workshop, `${workshop.id}/plenary`, tokenOf(workshop.links.facilitator));
    openVote(room.doc, { dotsPerPerson: 3, anonymous: true });
    await room.close();
    await facilitator.locator('.vote-tools__line').waitFor();
    await facilitator.getByRole('button', { name: /Pinoehdotuksia/ }).waitFor();
    await facilitator.evaluate(() => window.scrollTo(0, 0));
    await facilitator.screenshot({ path: `${SHOTS}/facilitator-merged-fi.png` });
    console.log(
      `fi: first row at ${await firstRowTop(facilitator)} px, its first note ends at ${await firstRowNoteBottom(facilitator)} px`,
    );
    expect(await firstRowNoteBottom(facilitator)).toBeLessThanOrEqual(LAPTOP.height);
  });

  it('keeps the running timer in the window while the table scrolls', async () => {
    const room = await openRoom(workshop, `${workshop.id}/workshop`, tokenOf(workshop.links.facilitator));
    startTimer(room.doc, 10 * 60_000, Date.now());
    await room.close();
    await facilitator.getByRole('timer').waitFor();
    await facilitator.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(() => timeOnScreen(facilitator)).toMatch(/^\d+:\d\d$/);
    await facilitator.screenshot({ path: `${SHOTS}/facilitator-scrolled-timer-fi.png` });
  });
});

const DURING_COLLABORATION: CellName = {
  phase: 'Asiakkuuden aikana',
  dimension: 'Työntekijöiden ja monialainen yhteistyö',
};

describe('a participant’s phone at 390x844', () => {
  beforeAll(async () => {
    // Two notes in every cell of the first row, so the table is long, as on a real day.
    await seedCells(
      workshop.sync.url,
      workshop.sync.board,
      workshop.sync.tokens.facilitator as string,
      PHASE_IDS.flatMap((phase) =>
        ['Nuorten some-kanavat', 'Yhteinen ajanvaraus'].map((text) => ({
          cell: cellId(phase, 'services'),
          text: `${text} (${phase})`,
        })),
      ),
    );
    const context = await newPerson(browser, 'Anna', { viewport: PHONE, hasTouch: true });
    phone = await joinWorkshop(await context.newPage(), workshop.links.participant, 'Anna');
    await phone.locator('[data-cell="before:services"] .note').first().waitFor();
  });

  it('keeps the header to a compact band', async () => {
    await phone.screenshot({ path: `${SHOTS}/phone-first-screen-fi.png` });
    const header = await phone.locator('.page-header').boundingBox();
    expect(header?.height ?? PHONE.height).toBeLessThanOrEqual(PHONE.height * 0.15);
  });

  it('jumps to a cell from the sticky jump list, which stays on screen', async () => {
    await phone
      .getByRole('combobox', { name: 'Siirry soluun' })
      .selectOption({ label: 'Asiakkuuden aikana – Työntekijöiden ja monialainen yhteistyö' });
    await expect
      .poll(() => cell(phone, DURING_COLLABORATION).evaluate((el) => Math.round(el.getBoundingClientRect().top)))
      .toBeLessThan(120);
    const jump = await phone.getByRole('combobox', { name: 'Siirry soluun' }).boundingBox();
    expect(jump && jump.y >= 0 && jump.y + jump.height <= PHONE.height).toBe(true);
    // The running timer stays in sight beside it.
    await expect.poll(() => timeOnScreen(phone)).toMatch(/^\d+:\d\d$/);
    await phone.screenshot({ path: `${SHOTS}/phone-jumped-fi.png` });
  });

  it('opens a note’s menu inside the screen', async () => {
    await phone.evaluate(() => window.scrollTo(0, 0));
    const last = notesIn(phone, { phase: 'Seurantavaihe', dimension: 'Toimenpiteet ja palvelut' }).last();
    await last.scrollIntoViewIfNeeded();
    await last.getByRole('button', { name: /^Lapun toiminnot/ }).click();
    const menu = phone.locator('.note-menu');
    await menu.waitFor();
    await phone.screenshot({ path: `${SHOTS}/phone-note-menu-fi.png` });
    const box = await menu.boundingBox();
    if (!box) throw new Error('no menu');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    await last.getByRole('button', { name: /^Lapun toiminnot/ }).click();
    await menu.waitFor({ state: 'detached' });
  });

  it('drops a note dragged by touch near the bottom edge in the cell under the finger', async () => {
    await phone.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect.poll(() => phone.evaluate(() => window.scrollY)).toBe(0);
    const text = 'Nuorten some-kanavat (before)';
    const handle = await phone.getByRole('button', { name: `Siirrä lappua: ${text}` }).boundingBox();
    if (!handle) throw new Error('no handle');
    // Aim at what lies a little above the bottom edge, where a thumb ends a drag down the page.
    const to = { x: PHONE.width / 2, y: Math.round(PHONE.height * 0.88) };
    const aimed = await cellAt(phone, to);
    const from = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
    const touch = await phone.context().newCDPSession(phone);
    const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', at: { x: number; y: number } | null) =>
      touch.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [{ x: at.x, y: at.y }] : [] });
    await send('touchStart', from);
    await phone.waitForTimeout(400); // press and hold: the touch sensor's delay before a drag
    for (let step = 1; step <= 20; step++) {
      await send('touchMove', { x: from.x + ((to.x - from.x) * step) / 20, y: from.y + ((to.y - from.y) * step) / 20 });
      await phone.waitForTimeout(16);
    }
    await phone.waitForTimeout(700); // the finger rests on the cell before letting go
    const under = await cellAt(phone, to);
    await phone.screenshot({ path: `${SHOTS}/phone-touch-drag-fi.png` });
    await send('touchEnd', null);
    await expect.poll(() => phone.locator(`[data-cell="${aimed}"] .note__text`, { hasText: text }).count()).toBe(1);
    expect(under).toBe(aimed);
  });

  it('stays compact in Swedish, with the menu opening the rest', async () => {
    await phone.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await phone.getByRole('button', { name: 'Valikko' }).click();
    await phone.screenshot({ path: `${SHOTS}/phone-menu-open-fi.png` });
    await phone.locator('.page-header .language-select select').selectOption('sv');
    await phone.getByRole('button', { name: 'Meny' }).click();
    await expect.poll(() => phone.evaluate(() => window.scrollY)).toBe(0);
    await phone.screenshot({ path: `${SHOTS}/phone-first-screen-sv.png` });
    const header = await phone.locator('.page-header').boundingBox();
    expect(header?.height ?? PHONE.height).toBeLessThanOrEqual(PHONE.height * 0.15);
    await phone.getByRole('combobox', { name: 'Gå till cell' }).waitFor();
  });

  it('shows the Swedish facilitator the table’s first row on the first screen', async () => {
    await facilitator.locator('.page-header .language-select select').selectOption('sv');
    await facilitator.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await facilitator.screenshot({ path: `${SHOTS}/facilitator-sv.png` });
    console.log(
      `sv: first row at ${await firstRowTop(facilitator)} px, its first note ends at ${await firstRowNoteBottom(facilitator)} px`,
    );
    expect(await firstRowNoteBottom(facilitator)).toBeLessThanOrEqual(LAPTOP.height);
  });
});
