import { setStage } from '@avaa/board-model';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote, CELL, cell, noteTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { asFacilitator } from './support/projector.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// Aino, with a screen reader, hears what Bertil (the facilitator) does on the common table:
// each change in words with the cell's name, a burst summarised, a vote opening and closing,
// what came while she was offline in one summary, and never her own changes (WCAG 4.1.3).

/** Others' changes come at most one announcement in 5 s: allow for a held one. */
const HEARD = { timeout: 15_000, interval: 100 };

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let ainoContext: BrowserContext;
let aino: Page;
let bertil: Page;

/** Starts recording each text the others' live region says (set again after a page load). */
function listen(page: Page): Promise<void> {
  return page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heardOthers: string[] }).heardOthers = heard;
    const region = document.querySelector('[data-announces="others"]');
    if (!region) throw new Error('no live region for others’ changes');
    if (region.getAttribute('role') !== 'status') throw new Error('the region is not polite');
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text !== '') heard.push(text);
    }).observe(region, { subtree: true, childList: true, characterData: true });
  });
}

/** Everything heard since `listen`. */
function heard(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { heardOthers: string[] }).heardOthers]);
}

/** How many notes the announcements since the `from`th counted as added. */
async function addedSince(page: Page, from: number): Promise<number> {
  return (await heard(page)).slice(from).reduce((sum, text) => {
    if (/^Bertil lisäsi lapun/.test(text)) return sum + 1;
    const counted = /(\d+) lappu(?:a)? lisätty/.exec(text);
    return sum + (counted ? Number(counted[1]) : 0);
  }, 0);
}

async function noteAction(page: Page, note: string, action: string): Promise<void> {
  await page.getByRole('button', { name: `Lapun toiminnot: ${note}` }).click();
  await page.getByRole('button', { name: action }).click();
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Vantaa – kehittämispäivä');
  // Votes belong to the common table's stage.
  await asFacilitator(workshop, 'workshop', (doc) => setStage(doc, 'common-table'));
  bertil = await (await newPerson(browser, 'Bertil')).newPage();
  await bertil.goto(workshop.links.facilitator);
  await waitLive(bertil);
  ainoContext = await newPerson(browser, 'Aino');
  aino = await joinWorkshop(await ainoContext.newPage(), workshop.links.participant, 'Aino');
  await listen(aino);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe("others' changes, as a screen reader hears them", () => {
  it('says a note another adds, with who and where, and never her own', async () => {
    await addNote(aino, CELL.startServices, 'Ainon oma lappu');
    await addNote(bertil, CELL.startServices, 'Matalan kynnyksen päivystys');
    await expect
      .poll(() => heard(aino), HEARD)
      .toEqual(['Bertil lisäsi lapun soluun Alkuvaihe – Toimenpiteet ja palvelut.']);
  });

  it('says an edit once for a burst of typing', async () => {
    const note = cell(bertil, CELL.startServices).getByRole('listitem').filter({ hasText: 'Ainon oma lappu' });
    await note.getByRole('button', { name: 'Ainon oma lappu', exact: true }).click();
    // The open editor, found by its cell: a text field's value is not its text content.
    const editor = cell(bertil, CELL.startServices).getByRole('textbox');
    await editor.press('End');
    await editor.pressSequentially(' ja ajanvaraus', { delay: 30 });
    await editor.press('Enter');
    await expect
      .poll(() => heard(aino), HEARD)
      .toContain('Bertil muokkasi lappua solussa Alkuvaihe – Toimenpiteet ja palvelut.');
    expect((await heard(aino)).filter((text) => text.includes('muokkasi'))).toHaveLength(1);
  });

  it('says a move made with "Move to…" and a delete', async () => {
    await noteAction(bertil, 'Matalan kynnyksen päivystys', 'Siirrä…');
    await bertil
      .getByLabel('Näkökulma', { exact: true })
      .selectOption({ label: 'Työntekijöiden ja monialainen yhteistyö' });
    await bertil.getByRole('radio', { name: 'Alkuun' }).check();
    await bertil.getByRole('button', { name: 'Siirrä', exact: true }).click();
    await expect
      .poll(() => heard(aino), HEARD)
      .toContain('Bertil siirsi lapun soluun Alkuvaihe – Työntekijöiden ja monialainen yhteistyö.');
    await noteAction(bertil, 'Matalan kynnyksen päivystys', 'Poista');
    await expect
      .poll(() => heard(aino), HEARD)
      .toContain('Bertil poisti lapun solusta Alkuvaihe – Työntekijöiden ja monialainen yhteistyö.');
    expect((await heard(aino)).some((text) => text.includes('Aino'))).toBe(false);
  });

  it('summarises a burst of 10 notes instead of saying each', async () => {
    const before = (await heard(aino)).length;
    const started = Date.now();
    for (let n = 1; n <= 10; n++) await addNote(bertil, CELL.duringServices, `Ryhmäohjaus ${n}`);
    const burstMs = Date.now() - started;
    await expect.poll(() => noteTexts(aino, CELL.duringServices), HEARD).toHaveLength(10);
    await expect.poll(() => addedSince(aino, before), HEARD).toBe(10);
    const said = (await heard(aino)).slice(before);
    // One announcement per 5 s window at most: the first note, then what came meanwhile.
    expect(said.length).toBeLessThanOrEqual(1 + Math.ceil(burstMs / 5000));
    expect(said.length).toBeLessThan(10);
    expect(said.at(-1)).toMatch(/^Muiden muutokset: \d+ lappua lisätty\.$/);
  });

  it('says in one summary what came while she was offline', async () => {
    const before = (await heard(aino)).length;
    await ainoContext.setOffline(true);
    await aino.getByRole('status').filter({ hasText: 'Ei yhteyttä' }).first().waitFor();
    for (const text of ['Etävastaanotto', 'Chat iltaisin', 'Jalkautuva työ']) {
      await addNote(bertil, CELL.startCollaboration, text);
    }
    await ainoContext.setOffline(false);
    await expect.poll(() => noteTexts(aino, CELL.startCollaboration), HEARD).toHaveLength(3);
    await expect
      .poll(async () => (await heard(aino)).slice(before), HEARD)
      .toEqual(['Sillä aikaa kun yhteys oli poikki, muut muuttivat taulukkoa: 3 lappua lisätty.']);
  });

  it('speaks Swedish when the UI is in Swedish, and says a vote opening and closing', async () => {
    const board = new URL(aino.url());
    await aino.goto(`${board.origin}${board.pathname}?lang=sv`);
    await aino.getByRole('status').filter({ hasText: 'Ansluten' }).first().waitFor();
    await listen(aino);
    await addNote(bertil, CELL.startServices, 'Ajanvaraus verkossa');
    await expect
      .poll(() => heard(aino), HEARD)
      .toEqual(['Bertil lade till en lapp i Inledningsskedet – Åtgärder och tjänster.']);
    const tools = bertil.getByRole('region', { name: 'Pisteäänestys' });
    await tools.getByRole('spinbutton', { name: 'Pisteitä kullekin' }).fill('2');
    await tools.getByRole('button', { name: 'Avaa äänestys' }).click();
    await expect.poll(() => heard(aino), HEARD).toContain('Omröstningen har börjat: 2 prickar per person.');
    await tools.getByRole('button', { name: 'Sulje äänestys' }).click();
    await expect
      .poll(() => heard(aino), HEARD)
      .toContain('Omröstningen är avslutad. Resultatet syns ovanför tabellen.');
  });
});
