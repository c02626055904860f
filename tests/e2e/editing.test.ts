import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote, CELL, cell, msUntil, notesIn, noteTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, ROLE } from './support/workshop.ts';

// Editing in place: invalid text is explained and never applied, nothing typed is lost, two
// people typing in one note merge, and the name prompt is asked once.
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let alice: Page;
let bob: Page;

async function openBoard(page: Page, link: string): Promise<Page> {
  await page.goto(link);
  await page.getByRole('status').filter({ hasText: 'Yhteydessä' }).waitFor();
  return page;
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Muokkaustesti');
  alice = await joinWorkshop(await (await newPerson(browser, 'Aino')).newPage(), workshop.links.participant, 'Aino');
  bob = await joinWorkshop(await (await newPerson(browser, 'Bertil')).newPage(), workshop.links.participant, 'Bertil');
  await addNote(alice, CELL.startServices, 'Ohjaamon esite');
  await msUntil(async () => (await noteTexts(bob, CELL.startServices))[0] === 'Ohjaamon esite', Date.now(), 5000);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function openEditor(page: Page, text: string) {
  await cell(page, CELL.startServices).getByRole('button', { name: text, exact: true }).click();
  return cell(page, CELL.startServices).getByRole('textbox');
}

describe('editing a note in place', () => {
  it('explains empty text, does not apply it and reverts on blur', async () => {
    const editor = await openEditor(alice, 'Ohjaamon esite');
    await editor.fill('');
    await expect.poll(() => alice.getByRole('alert').innerText()).toBe('Lappu ei voi olla tyhjä.');
    expect(await editor.getAttribute('aria-invalid')).toBe('true');
    await bob.waitForTimeout(300);
    expect(await noteTexts(bob, CELL.startServices)).toEqual(['Ohjaamon esite']);
    await alice.getByRole('heading', { level: 1 }).click();
    await expect.poll(() => noteTexts(alice, CELL.startServices)).toEqual(['Ohjaamon esite']);
  });

  it('explains too long text and control characters, and applies the text once fixed', async () => {
    const editor = await openEditor(alice, 'Ohjaamon esite');
    await editor.fill('x'.repeat(501));
    await expect.poll(() => alice.getByRole('alert').innerText()).toBe('Teksti on liian pitkä.');
    await editor.fill('Esite \u202Ekäännetty');
    await expect.poll(() => alice.getByRole('alert').innerText()).toBe('Tekstissä on merkki, jota ei voi tallentaa.');
    // Blurring with such text keeps the editor and the text: nothing typed is thrown away.
    await alice.getByRole('heading', { level: 1 }).click();
    expect(await editor.inputValue()).toBe('Esite \u202Ekäännetty');
    expect(await noteTexts(bob, CELL.startServices)).toEqual(['Ohjaamon esite']);
    await editor.fill('Ohjaamon esite ja verkkosivut');
    await editor.press('Enter');
    await expect.poll(() => noteTexts(bob, CELL.startServices)).toEqual(['Ohjaamon esite ja verkkosivut']);
  });

  it('keeps the reason, the count and Done in sight when a long text is refused on the projector-sized screen', async () => {
    const page = await (await newPerson(browser, 'Cecilia', { viewport: { width: 1280, height: 720 } })).newPage();
    await joinWorkshop(page, workshop.links.participant, 'Cecilia');
    const last = cell(page, { phase: 'Seurantavaihe', dimension: 'Asiakkaan osallisuus ja toimijuus' });
    await last.getByRole('button', { name: 'Lisää lappu', exact: true }).click();
    const editor = last.getByRole('textbox');
    await editor.fill('Pitkä pohdinta. '.repeat(32));
    await editor.press('Enter');
    const inSight = (locator: ReturnType<Page['locator']>) =>
      locator.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
      });
    await expect.poll(() => inSight(last.getByRole('alert'))).toBe(true);
    expect(await last.getByRole('alert').innerText()).toBe('Teksti on liian pitkä.');
    expect(await inSight(last.getByText('512/500 merkkiä'))).toBe(true);
    expect(await inSight(last.getByRole('button', { name: 'Valmis' }))).toBe(true);
    // The field keeps a place on the screen for the caret: it scrolls inside rather than pushing
    // the reason off the screen.
    expect(await inSight(editor)).toBe(true);
    await editor.press('Escape');
    await page.context().close();
  });

  it('merges two people typing in the same note', async () => {
    const aliceEditor = await openEditor(alice, 'Ohjaamon esite ja verkkosivut');
    const bobEditor = await openEditor(bob, 'Ohjaamon esite ja verkkosivut');
    await aliceEditor.press('Control+Home');
    await bobEditor.press('Control+End');
    await aliceEditor.pressSequentially('Uusi ', { delay: 15 });
    await bobEditor.pressSequentially(' (päivitetty)', { delay: 15 });
    const merged = 'Uusi Ohjaamon esite ja verkkosivut (päivitetty)';
    await expect.poll(() => aliceEditor.inputValue()).toBe(merged);
    await expect.poll(() => bobEditor.inputValue()).toBe(merged);
    // Aino's caret stayed after her own words while Bertil typed at the end.
    await aliceEditor.press('x');
    await expect.poll(() => bobEditor.inputValue()).toBe(`Uusi x${merged.slice(5)}`);
    await aliceEditor.press('Backspace');
    await aliceEditor.press('Enter');
    await bobEditor.press('Enter');
    await expect.poll(() => noteTexts(alice, CELL.startServices)).toEqual([merged]);
  });

  it('creates nothing when a new note is left empty, and gives focus back', async () => {
    const add = cell(alice, CELL.duringServices).getByRole('button', { name: 'Lisää lappu', exact: true });
    await add.click();
    const editor = cell(alice, CELL.duringServices).getByRole('textbox');
    expect(await editor.evaluate((element) => element === document.activeElement)).toBe(true);
    await editor.press('Escape');
    await expect.poll(() => notesIn(alice, CELL.duringServices).count()).toBe(0);
    await expect.poll(() => add.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it("warns, without blocking, when a note looks like a client's personal data", async () => {
    await cell(alice, CELL.duringServices).getByRole('button', { name: 'Lisää lappu', exact: true }).click();
    const editor = cell(alice, CELL.duringServices).getByRole('textbox');
    // The identity code is the population register's published example, not a person's.
    await editor.fill('Asiakas 131052-308T, puh. 040 123 4567');
    const warning = cell(alice, CELL.duringServices).getByRole('status');
    await expect.poll(() => warning.innerText()).toContain('Lapussa näyttää olevan henkilötunnus.');
    expect(await warning.innerText()).toContain('Lapussa näyttää olevan puhelinnumero.');
    expect(await editor.getAttribute('aria-describedby')).toContain(await warning.getAttribute('id'));
    // Not blocking: the text is on the board for others already.
    await expect.poll(() => noteTexts(bob, CELL.duringServices)).toEqual(['Asiakas 131052-308T, puh. 040 123 4567']);
    await editor.fill('Ohjaamon palvelunumero näkyvillä');
    await expect.poll(() => warning.innerText()).toBe('');
    await editor.press('Enter');
    await expect.poll(() => noteTexts(bob, CELL.duringServices)).toEqual(['Ohjaamon palvelunumero näkyvillä']);
  });

  it('keeps the typed text when the note is moved by someone else meanwhile', async () => {
    const editor = await openEditor(alice, 'Uusi Ohjaamon esite ja verkkosivut (päivitetty)');
    await editor.press('End');
    await editor.pressSequentially(' 2025', { delay: 10 });
    await bob.getByRole('button', { name: /^Lapun toiminnot: Uusi Ohjaamon/ }).click();
    await bob.getByRole('button', { name: 'Siirrä…' }).click();
    await bob.getByRole('combobox', { name: 'Vaihe', exact: true }).selectOption({ label: 'Asiakkuuden aikana' });
    await bob.getByRole('button', { name: 'Siirrä', exact: true }).click();
    await expect
      .poll(() => noteTexts(bob, CELL.duringServices))
      .toContain('Uusi Ohjaamon esite ja verkkosivut (päivitetty) 2025');
  });
});

describe('presence', () => {
  it('shows a person by the name they joined with, and the same person after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await joinWorkshop(await context.newPage(), workshop.links.participant, 'Kaisa', ROLE.networkPartner);
    await expect.poll(() => bob.getByRole('region', { name: 'Paikalla' }).innerText()).toContain('Kaisa');
    // Joined people are not asked for a presence name: their name is the one they joined with.
    expect(await page.getByRole('form', { name: 'Millä nimellä näyt muille?' }).count()).toBe(0);
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Yhteydessä' }).waitFor();
    expect(await page.getByRole('form', { name: 'Liity työpajaan' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('region', { name: 'Paikalla' }).innerText()).toContain('Kaisa');
    await context.close();
    await expect.poll(() => bob.getByRole('region', { name: 'Paikalla' }).innerText()).not.toContain('Kaisa');
  });

  it('asks a facilitator who has not joined for a presence name once', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await openBoard(await context.newPage(), workshop.links.facilitator);
    const prompt = page.getByRole('form', { name: 'Millä nimellä näyt muille?' });
    await prompt.getByRole('textbox', { name: 'Nimesi' }).fill('Fasilitaattori Fanni');
    await prompt.getByRole('button', { name: 'Tallenna' }).click();
    await expect.poll(() => prompt.count()).toBe(0);
    await expect
      .poll(() => bob.getByRole('region', { name: 'Paikalla' }).innerText())
      .toContain('Fasilitaattori Fanni');
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Yhteydessä' }).waitFor();
    expect(await page.getByRole('form', { name: 'Millä nimellä näyt muille?' }).count()).toBe(0);
    await context.close();
  });
});
