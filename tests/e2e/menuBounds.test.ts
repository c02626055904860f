import { mkdir } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { seedCells } from './support/seedCells.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { waitLive } from './support/workshop.ts';

// Issue 13: a note's menu, and the facilitator's list of gaps, open inside the window at every
// size: the projector (1280x720), a laptop (1366x768) and a phone (390x844), for a note at the
// right edge of the table and for one at the bottom edge of the window. Every item of the menu
// (its buttons, fields and labels) lies inside the window.
const SHOTS = '/tmp/menu-bounds-shots';
const SIZES = {
  projector: { width: 1280, height: 720 },
  laptop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;

const NOTES = {
  /** The last column, the first row: at the right edge. */
  right: 'Seurannan kysely puolen vuoden päästä',
  /** The last column, the last row: at the right edge and the bottom of the table. */
  corner: 'Nuorten raati arvioi palvelupolun',
  /** The first column, the last row. */
  left: 'Somekanavat ja koulujen infot',
};

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let page: Page;

const menuButton = (text: string) => page.getByRole('button', { name: `Lapun toiminnot: ${text}` });

/** Every item of the open menu whose box lies partly or wholly outside the window. */
function itemsOutside(menu: Locator): Promise<string[]> {
  return menu.evaluate((element) => {
    const items = element.querySelectorAll<HTMLElement>('button, input, select, textarea, label, legend, a');
    return Array.from(items).flatMap((item) => {
      const box = item.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return [];
      const inside =
        box.left >= -0.5 &&
        box.top >= -0.5 &&
        box.right <= window.innerWidth + 0.5 &&
        box.bottom <= window.innerHeight + 0.5;
      const name = item.textContent?.trim() || item.getAttribute('aria-label') || item.tagName;
      return inside
        ? []
        : [`${name} ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`];
    });
  });
}

/** Every item of the open menu that cannot be seen where it is: clipped by the table's scrolling box, say. */
function itemsHidden(menu: Locator): Promise<string[]> {
  return menu.evaluate((element) => {
    const items = element.querySelectorAll<HTMLElement>('button, input, select, label, legend');
    return Array.from(items).flatMap((item) => {
      const box = item.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return [];
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      const seen = hit !== null && (item === hit || item.contains(hit) || hit.contains(item));
      return seen ? [] : [`${item.textContent?.trim() || item.getAttribute('aria-label') || item.tagName}`];
    });
  });
}

/** Scrolls the window so that the note's menu button sits at `edge` of the window. */
async function placeAt(text: string, edge: 'top' | 'bottom'): Promise<void> {
  const button = menuButton(text);
  await button.scrollIntoViewIfNeeded();
  await button.evaluate((element, where) => {
    const box = element.getBoundingClientRect();
    const by = where === 'bottom' ? box.bottom - (window.innerHeight - 6) : box.top - 120;
    window.scrollBy({ top: by, behavior: 'instant' });
  }, edge);
}

/** Escape from inside the menu closes it (on a phone its sheet may lie over the note's button). */
async function closeMenu(): Promise<void> {
  await page.locator('.note-menu button').first().press('Escape');
  await page.locator('.note-menu').waitFor({ state: 'detached', timeout: 5000 });
}

async function openMenuOf(text: string, shot: string): Promise<{ outside: string[]; bottom: number }> {
  await menuButton(text).click();
  const menu = page.locator('.note-menu');
  await menu.waitFor({ timeout: 5000 });
  await page.screenshot({ path: `${SHOTS}/${shot}.png` });
  const outside = await itemsOutside(menu);
  const box = await menu.boundingBox();
  await closeMenu();
  return { outside, bottom: (box?.y ?? 0) + (box?.height ?? 0) };
}

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä');
  await seedCells(workshop.sync.url, workshop.sync.board, workshop.sync.tokens.facilitator as string, [
    { cell: 'followup:services', text: NOTES.right },
    { cell: 'followup:participation', text: NOTES.corner },
    { cell: 'before:participation', text: NOTES.left },
  ]);
  page = await (await newPerson(browser, 'Fasilitaattori', { viewport: SIZES.laptop })).newPage();
  await page.goto(workshop.links.facilitator);
  await waitLive(page);
  await menuButton(NOTES.corner).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe.each(Object.entries(SIZES))('menus inside the window at %s size', (size, viewport) => {
  beforeAll(async () => {
    await page.setViewportSize(viewport);
  });

  it('opens the menu of a note at the right edge inside the window', async () => {
    await placeAt(NOTES.right, 'top');
    expect((await openMenuOf(NOTES.right, `${size}-right`)).outside).toEqual([]);
  });

  it('opens the menu of a note in the first row, the page at its top, wholly in sight', async () => {
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await menuButton(NOTES.right).scrollIntoViewIfNeeded();
    await menuButton(NOTES.right).click();
    const menu = page.locator('.note-menu');
    await menu.waitFor({ timeout: 5000 });
    await page.screenshot({ path: `${SHOTS}/${size}-first-row.png` });
    // Taller than the table's visible part, it keeps its top (the colours) in sight; the rest scrolls.
    const hidden = await itemsHidden(menu);
    expect(hidden.slice(0, 3)).not.toContain('Keltainen');
    await menu.getByRole('radio', { name: 'Keltainen' }).click({ trial: true, timeout: 5000 });
    // Moved up into the table's box, it goes beside its button, which keeps the focus in sight
    // (a phone's bottom sheet lies over the page as a whole).
    if (size !== 'phone') {
      const [own, button] = await Promise.all([menu.boundingBox(), menuButton(NOTES.right).boundingBox()]);
      if (!own || !button) throw new Error('no menu or button');
      const covers =
        own.x < button.x + button.width &&
        button.x < own.x + own.width &&
        own.y < button.y + button.height &&
        button.y < own.y + own.height;
      expect(covers).toBe(false);
    }
    await closeMenu();
  });

  it('opens the menu of a note at the bottom edge of the window inside it', async () => {
    for (const text of [NOTES.corner, NOTES.left]) {
      await placeAt(text, 'bottom');
      const box = await menuButton(text).boundingBox();
      // The note really is at the bottom edge.
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThan(viewport.height - 60);
      const opened = await openMenuOf(text, `${size}-bottom-${text === NOTES.left ? 'left' : 'corner'}`);
      expect(opened.outside).toEqual([]);
      // A phone's menu stays a sheet along the bottom of the screen.
      if (size === 'phone') expect(Math.round(opened.bottom)).toBe(viewport.height);
    }
  });

  it('keeps the move form, opened from the menu at the bottom edge, inside the window', async () => {
    await placeAt(NOTES.corner, 'bottom');
    await menuButton(NOTES.corner).click();
    await page.getByRole('button', { name: 'Siirrä…' }).click();
    const menu = page.locator('.note-menu');
    await page.getByRole('combobox', { name: 'Vaihe' }).waitFor();
    await expect.poll(() => itemsOutside(menu)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/${size}-move-form.png` });
    // Escape from inside the form closes the menu.
    await page.getByRole('combobox', { name: 'Vaihe' }).press('Escape');
    await menu.waitFor({ state: 'detached', timeout: 5000 });
  });

  it('opens the list of gaps and blind spots inside the window', async () => {
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    const open = page.getByRole('button', { name: /^Puutteet ja katvealueet/ });
    // On a phone the table's view tools are folded under one line.
    if (!(await open.isVisible())) await page.getByText('Taulukon näkymä', { exact: true }).click();
    await open.scrollIntoViewIfNeeded();
    await open.click();
    const panel = page.locator('.gaps-panel__body');
    await panel.waitFor();
    await page.screenshot({ path: `${SHOTS}/${size}-gaps.png` });
    expect(await itemsOutside(panel)).toEqual([]);
    const box = await panel.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
    await open.click();
    await panel.waitFor({ state: 'detached', timeout: 5000 });
  });
});

describe('menus inside the window in Swedish', () => {
  it('keeps the Swedish menu at the bottom edge inside the window on a laptop and a phone', async () => {
    await page.setViewportSize(SIZES.laptop);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.locator('.page-header .language-select select').selectOption('sv');
    for (const [size, viewport] of [
      ['laptop', SIZES.laptop],
      ['phone', SIZES.phone],
    ] as const) {
      await page.setViewportSize(viewport);
      const button = page.getByRole('button', { name: `Åtgärder för lappen: ${NOTES.corner}` });
      await button.scrollIntoViewIfNeeded();
      await button.evaluate((element) => {
        window.scrollBy({
          top: element.getBoundingClientRect().bottom - (window.innerHeight - 6),
          behavior: 'instant',
        });
      });
      await button.click();
      const menu = page.locator('.note-menu');
      await menu.getByRole('button', { name: 'Flytta…' }).waitFor({ timeout: 5000 });
      await page.screenshot({ path: `${SHOTS}/${size}-bottom-corner-sv.png` });
      expect(await itemsOutside(menu)).toEqual([]);
      await closeMenu();
    }
  });
});
