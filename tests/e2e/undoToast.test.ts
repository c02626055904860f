import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote, CELL, noteTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop } from './support/workshop.ts';

// WCAG 2.2.1: the Undo toast stays while a person is on it, and is reachable without tabbing
// through the whole board (issue 15, point 12).
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Kumoamistesti');
  page = await joinWorkshop(await (await newPerson(browser, 'Aino')).newPage(), workshop.links.participant, 'Aino');
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

const toasts = () => page.getByRole('region', { name: 'Ilmoitukset' }).locator('.toast');

async function deleteNote(text: string): Promise<void> {
  await page.getByRole('button', { name: `Lapun toiminnot: ${text}` }).click();
  await page.getByRole('button', { name: 'Poista' }).click();
  await expect.poll(() => noteTexts(page, CELL.startServices)).not.toContain(text);
  // The pointer leaves the menu's place: a toast under a resting pointer stays, as it should.
  await page.mouse.move(0, 0);
}

describe('the Undo toast', () => {
  it('stays while focused, and goes 10 s after focus leaves it', async () => {
    await addNote(page, CELL.startServices, 'Nuorten oma ajanvaraus');
    await deleteNote('Nuorten oma ajanvaraus');
    const undo = toasts().getByRole('button', { name: /^Kumoa/ });
    await undo.focus();
    await page.waitForTimeout(11_000);
    expect(await toasts().count()).toBe(1);
    // Leaving it starts the 10 s again.
    await page.getByRole('button', { name: 'Tulosta / vie' }).focus();
    await expect.poll(() => toasts().count(), { timeout: 15_000 }).toBe(0);
  });

  it('is undone with Alt+Z from anywhere outside a text field, as its button says', async () => {
    await addNote(page, CELL.startServices, 'Chat-palvelu iltaisin');
    await deleteNote('Chat-palvelu iltaisin');
    const undo = toasts().getByRole('button', { name: /^Kumoa/ });
    expect(await undo.getAttribute('aria-keyshortcuts')).toBe('Alt+Z');
    expect(await undo.innerText()).toContain('Alt+Z');
    await page.getByRole('button', { name: 'Tulosta / vie' }).focus();
    await page.keyboard.press('Alt+KeyZ');
    await expect.poll(() => noteTexts(page, CELL.startServices)).toContain('Chat-palvelu iltaisin');
    expect(await toasts().count()).toBe(0);
  });
});

describe('focus and the toast', () => {
  it('never hides a focused control under the toast (2.4.11)', async () => {
    await addNote(page, CELL.startServices, 'Verkostopalaveri viikoittain');
    await deleteNote('Verkostopalaveri viikoittain');
    await page.getByRole('button', { name: 'Tulosta / vie' }).focus();
    const covered: string[] = [];
    for (let step = 0; step < 80; step++) {
      await page.keyboard.press('Tab');
      const hidden = await page.evaluate(() => {
        const focused = document.activeElement;
        const toasts = document.querySelector('.toasts');
        if (!focused || !toasts || toasts.contains(focused) || !toasts.querySelector('.toast')) return null;
        const [a, b] = [focused.getBoundingClientRect(), toasts.getBoundingClientRect()];
        const width = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left));
        const height = Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
        // Half or more of it under the toast: the focus indicator is as good as hidden.
        const under = (width * height) / Math.max(1, a.width * a.height);
        const name = focused.getAttribute('aria-label') ?? focused.textContent?.slice(0, 40) ?? '';
        return under >= 0.5 ? `${focused.tagName} ${name}` : null;
      });
      if (hidden) covered.push(hidden);
    }
    expect(await toasts().count()).toBe(1);
    expect(covered).toEqual([]);
  });
});
