import { setStage } from '@avaa/board-model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CELL, cell, msUntil, notesIn } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { asFacilitator } from './support/projector.ts';
import { seedNotes } from './support/seedNotes.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { createTimings } from './support/timings.ts';
import { joinWorkshop } from './support/workshop.ts';

// The projector link is read-only and shows the whole table, ten notes a cell, on one screen:
// the notes that fit whole, and "+N more" for the rest of a cell.
const timings = createTimings('Seen on the projector, ms from the start of the edit:');

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let projector: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Videotykkitesti');
  await seedNotes(workshop.sync.url, workshop.sync.board, workshop.sync.tokens.facilitator as string, 10);
  // The common table's stage: at setup the projector shows how to join.
  await asFacilitator(workshop, 'workshop', (doc) => setStage(doc, 'common-table'));
  const context = await newPerson(browser, 'Videotykki', { viewport: { width: 1920, height: 1080 } });
  projector = await context.newPage();
  await projector.goto(workshop.links.projector);
  await projector.getByRole('status').filter({ hasText: 'Yhteydessä' }).waitFor();
});

afterAll(async () => {
  timings.print();
  await browser?.close();
  await server?.dispose();
});

/** Every note lies inside the window and the page does not scroll. */
async function fitsOnScreen(page: Page): Promise<{ notes: number; outside: number; scrolls: boolean }> {
  return page.evaluate(() => {
    const notes = Array.from(document.querySelectorAll('[role="group"] li'));
    const outside = notes.filter((note) => {
      const box = note.getBoundingClientRect();
      return (
        box.top < 0 || box.left < 0 || box.bottom > window.innerHeight + 0.5 || box.right > window.innerWidth + 0.5
      );
    }).length;
    const root = document.documentElement;
    return {
      notes: notes.length,
      outside,
      scrolls: root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth,
    };
  });
}

describe('the projector view', () => {
  it('fits 15 cells of 10 notes on 1920x1080 and 1280x720 without scrolling', async () => {
    await expect.poll(() => fitsOnScreen(projector)).toEqual({ notes: 150, outside: 0, scrolls: false });
    await projector.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => fitsOnScreen(projector)).toEqual({ notes: 150, outside: 0, scrolls: false });
    await projector.setViewportSize({ width: 1920, height: 1080 });
  });

  it('shows the title, the cells by name and a compact presence count', async () => {
    expect(await projector.getByRole('heading', { level: 1 }).innerText()).toBe('Videotykkitesti');
    const shown = await notesIn(projector, CELL.startServices).count();
    const more = await cell(projector, CELL.startServices).locator('.projector-more').innerText();
    expect(`${shown} + ${more}`).toBe(`${shown} + +${10 - shown} lisää`);
    expect(await projector.getByText(/osallistuj.* paikalla/).innerText()).toBe('0 osallistujaa paikalla');
  });

  it('offers no way to edit', async () => {
    expect(await projector.getByRole('button', { name: 'Lisää lappu' }).count()).toBe(0);
    expect(await projector.getByRole('button', { name: /^Siirrä lappua/ }).count()).toBe(0);
    expect(await projector.getByRole('button', { name: /^Lapun toiminnot/ }).count()).toBe(0);
    const first = notesIn(projector, CELL.startServices).first();
    const before = await first.innerText();
    await first.click();
    await first.dblclick();
    await projector.keyboard.press('Enter');
    await projector.keyboard.type('x');
    await projector.keyboard.press('Control+z');
    expect(await projector.getByRole('textbox').count()).toBe(0);
    expect(await first.innerText()).toBe(before);
  });

  it('follows the participants live and does not count itself as one', async () => {
    const participant = await joinWorkshop(
      await (await newPerson(browser, 'Aino')).newPage(),
      workshop.links.participant,
      'Aino',
    );
    await expect.poll(() => projector.getByText(/osallistuj.* paikalla/).innerText()).toBe('1 osallistuja paikalla');
    // The participant sees only themselves on the board: the projector is a screen, not a person.
    expect(await participant.getByText(/taululla$/).innerText()).toBe('1 taululla');

    await cell(participant, CELL.duringServices).getByRole('button', { name: 'Lisää lappu', exact: true }).click();
    const since = Date.now();
    await cell(participant, CELL.duringServices).getByRole('textbox').fill('Näkyy videotykillä');
    // The cell is full: the new note joins the ones behind "+N more" (in the page, not shown).
    const ms = await msUntil(
      async () =>
        (await cell(projector, CELL.duringServices).textContent())
          ?.replaceAll('\u00ad', '')
          .includes('Näkyy videotykillä') ?? false,
      since,
    );
    timings.record('new note on the projector', ms);
    await participant.keyboard.press('Enter');
    await participant.context().close();
  });

  it('keeps a viewer read-only on the board page too', async () => {
    const viewerLink = workshop.links.projector.replace('/projector#', '#');
    const page = await (await newPerson(browser, 'Katsoja')).newPage();
    await page.goto(viewerLink);
    await page.getByRole('status').filter({ hasText: 'Yhteydessä' }).waitFor();
    expect(await page.getByText('Vain luku', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Lisää lappu' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Kumoa' }).count()).toBe(0);
    await notesIn(page, CELL.startServices).first().click();
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.context().close();
  });
});
