import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote, CELL, type CellName, cell, msUntil, notesIn, noteTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { createTimings } from './support/timings.ts';
import { joinWorkshop } from './support/workshop.ts';

// Two people on one board: every change one makes must reach the other within a second or two.
const BUDGET_MS = 2000;
const timings = createTimings('Seen by the other browser, ms from the start of the final user action:');

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let aliceContext: BrowserContext;
let alice: Page;
let bob: Page;

async function openBoard(context: BrowserContext, link: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole('status').filter({ hasText: 'Yhteydessä' }).waitFor();
  return page;
}

const texts = (page: Page, name: CellName) => noteTexts(page, name);

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Espoo – yhteinen taulukko');
  aliceContext = await newPerson(browser, 'Aino');
  alice = await openBoard(aliceContext, workshop.links.facilitator);
  bob = await joinWorkshop(await (await newPerson(browser, 'Bertil')).newPage(), workshop.links.participant, 'Bertil');
});

afterAll(async () => {
  timings.print();
  await browser?.close();
  await server?.dispose();
});

describe('two people on one board', () => {
  it('removes the token from the address bar', async () => {
    expect(new URL(alice.url()).hash).toBe('');
    expect(new URL(bob.url()).hash).toBe('');
  });

  it('shows a note added by one to the other', async () => {
    await cell(alice, CELL.startServices).getByRole('button', { name: 'Lisää lappu', exact: true }).click();
    const editor = cell(alice, CELL.startServices).getByRole('textbox');
    const since = Date.now();
    await editor.fill('Matalan kynnyksen päivystys');
    const ms = await msUntil(
      async () => (await texts(bob, CELL.startServices)).includes('Matalan kynnyksen päivystys'),
      since,
    );
    timings.record('add note (typed text)', ms);
    await editor.press('Enter');
    await addNote(alice, CELL.startServices, 'Ajanvaraus verkossa');
    await addNote(bob, CELL.startServices, 'Chat-palvelu iltaisin');
    await expect
      .poll(() => texts(alice, CELL.startServices), { timeout: BUDGET_MS })
      .toEqual(['Matalan kynnyksen päivystys', 'Ajanvaraus verkossa', 'Chat-palvelu iltaisin']);
  });

  it('streams edits into the other browser while typing', async () => {
    const note = notesIn(alice, CELL.startServices).first();
    await note.getByRole('button', { name: 'Matalan kynnyksen päivystys', exact: true }).click();
    const editor = note.getByRole('textbox');
    await editor.press('End');
    await editor.pressSequentially(' ti ja t', { delay: 20 });
    const since = Date.now();
    await editor.press('o');
    const ms = await msUntil(
      async () => (await texts(bob, CELL.startServices))[0] === 'Matalan kynnyksen päivystys ti ja to',
      since,
    );
    timings.record('edit text (last keystroke)', ms);
    // Bob sees who is editing the note, by name.
    await expect.poll(() => notesIn(bob, CELL.startServices).first().innerText()).toContain('Aino muokkaa');
    await editor.press('Enter');
    await expect(notesIn(alice, CELL.startServices).getByRole('textbox').count()).resolves.toBe(0);
    await expect.poll(() => notesIn(bob, CELL.startServices).first().innerText()).not.toContain('Aino muokkaa');
  });

  it('moves a note to another cell by pointer', async () => {
    const handle = alice.getByRole('button', { name: 'Siirrä lappua: Ajanvaraus verkossa' });
    const target = cell(alice, CELL.duringServices);
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('no layout');
    await alice.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await alice.mouse.down();
    await alice.mouse.move(from.x + 30, from.y + 10, { steps: 5 });
    await alice.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
    const since = Date.now();
    await alice.mouse.up();
    const ms = await msUntil(
      async () => (await texts(bob, CELL.duringServices)).includes('Ajanvaraus verkossa'),
      since,
    );
    timings.record('move by pointer', ms);
    expect(await texts(bob, CELL.startServices)).toEqual([
      'Matalan kynnyksen päivystys ti ja to',
      'Chat-palvelu iltaisin',
    ]);
  });

  it('reorders a note by keyboard (drag handle, Space, arrows, Space)', async () => {
    const handle = alice.getByRole('button', { name: 'Siirrä lappua: Chat-palvelu iltaisin' });
    await handle.focus();
    // The instructions and announcements are translated and name notes and cells in words.
    const describedBy = await handle.getAttribute('aria-describedby');
    expect(await alice.locator(`[id="${describedBy}"]`).innerText()).toContain('Tartu lappuun välilyönnillä');
    await alice.keyboard.press('Space');
    await alice.waitForTimeout(150);
    const announcer = alice.locator('[id^="DndLiveRegion"]');
    expect(await announcer.innerText()).toMatch(
      /”Chat-palvelu iltaisin”.* on solussa Alkuvaihe – Toimenpiteet ja palvelut, kohdassa 2\/2\./,
    );
    await alice.keyboard.press('ArrowUp');
    await alice.waitForTimeout(150);
    expect(await announcer.innerText()).toContain('kohdassa 1/2');
    const since = Date.now();
    await alice.keyboard.press('Space');
    const ms = await msUntil(
      async () => (await texts(bob, CELL.startServices))[0] === 'Chat-palvelu iltaisin',
      since,
      BUDGET_MS,
    );
    timings.record('move by keyboard', ms);
    expect(await texts(alice, CELL.startServices)).toEqual([
      'Chat-palvelu iltaisin',
      'Matalan kynnyksen päivystys ti ja to',
    ]);
    // The drag handle keeps focus, so the next move can follow at once.
    expect(await handle.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('moves a note with the "Move to…" menu, without dragging', async () => {
    await bob.getByRole('button', { name: 'Lapun toiminnot: Chat-palvelu iltaisin' }).click();
    await bob.getByRole('button', { name: 'Siirrä…' }).click();
    await bob
      .getByLabel('Näkökulma', { exact: true })
      .selectOption({ label: 'Työntekijöiden ja monialainen yhteistyö' });
    await bob.getByRole('radio', { name: 'Alkuun' }).check();
    const since = Date.now();
    await bob.getByRole('button', { name: 'Siirrä', exact: true }).click();
    const ms = await msUntil(
      async () => (await texts(alice, CELL.startCollaboration)).includes('Chat-palvelu iltaisin'),
      since,
    );
    timings.record('move with menu', ms);
  });

  it('changes colour and kind, with the kind shown in words', async () => {
    await alice.getByRole('button', { name: 'Lapun toiminnot: Ajanvaraus verkossa' }).click();
    await alice.getByRole('radio', { name: 'Vihreä' }).check();
    const since = Date.now();
    await alice.getByRole('radio', { name: 'Puute' }).check();
    const ms = await msUntil(
      async () => (await notesIn(bob, CELL.duringServices).first().innerText()).toLowerCase().includes('puute'),
      since,
    );
    timings.record('set kind', ms);
    await expect.poll(() => notesIn(bob, CELL.duringServices).first().getAttribute('class')).toContain('note--green');
    await alice.keyboard.press('Escape');
    await expect.poll(() => alice.getByRole('radio', { name: 'Vihreä' }).count()).toBe(0);
  });

  it('deletes a note with an undo in the toast', async () => {
    // The facilitator: on the common table a participant deletes only their own notes.
    await alice.getByRole('button', { name: 'Lapun toiminnot: Matalan kynnyksen päivystys ti ja to' }).click();
    let since = Date.now();
    await alice.getByRole('button', { name: 'Poista' }).click();
    let ms = await msUntil(async () => (await texts(bob, CELL.startServices)).length === 0, since);
    timings.record('delete', ms);
    since = Date.now();
    await alice.getByRole('status').getByRole('button', { name: 'Kumoa' }).click();
    ms = await msUntil(
      async () => (await texts(bob, CELL.startServices)).includes('Matalan kynnyksen päivystys ti ja to'),
      since,
    );
    timings.record('undo delete (toast)', ms);
  });

  it('undoes and redoes only its own changes, by keyboard and buttons', async () => {
    await addNote(bob, CELL.duringServices, 'Bertilin lappu');
    await addNote(alice, CELL.duringServices, 'Ainon lappu');
    await expect.poll(() => texts(bob, CELL.duringServices)).toContain('Ainon lappu');
    // Focus outside any text field, then Ctrl+Z: Bob's own note goes, Aino's stays.
    await bob.getByRole('button', { name: 'Tee uudelleen' }).focus();
    let since = Date.now();
    await bob.keyboard.press('Control+z');
    let ms = await msUntil(async () => !(await texts(alice, CELL.duringServices)).includes('Bertilin lappu'), since);
    timings.record('undo (Ctrl+Z)', ms);
    expect(await texts(bob, CELL.duringServices)).toContain('Ainon lappu');
    since = Date.now();
    await bob.keyboard.press('Control+Shift+z');
    ms = await msUntil(async () => (await texts(alice, CELL.duringServices)).includes('Bertilin lappu'), since);
    timings.record('redo (Ctrl+Shift+Z)', ms);
    await bob.getByRole('button', { name: 'Kumoa' }).first().click();
    await expect.poll(() => texts(alice, CELL.duringServices)).not.toContain('Bertilin lappu');
  });

  it('keeps everything after a reload', async () => {
    const before = await Promise.all(Object.values(CELL).map((name) => texts(alice, name)));
    await alice.reload();
    await alice.getByRole('status').filter({ hasText: 'Yhteydessä' }).waitFor();
    await expect.poll(() => Promise.all(Object.values(CELL).map((name) => texts(alice, name)))).toEqual(before);
    await expect
      .poll(() => alice.getByRole('heading', { level: 1 }).innerText())
      .toBe('Ohjaamo Espoo – yhteinen taulukko');
  });
});
