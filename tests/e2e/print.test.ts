import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addAgreement, closeRound } from '@avaa/board-model';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { addNote, CELL, notesIn, plainTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { openRoom } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// The print and export dialog: a preview made in the browser, the downloaded PDF read back, the
// facilitator's CSV and JSON, and an import into a new workshop that shows the same notes.
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
const dir = mkdtempSync(join(tmpdir(), 'avaa-print-e2e-'));
/** Where the screenshots go, to be looked at (not compared). */
const SHOTS = process.env.AVAA_SHOTS ?? dir;
const NOTES = ['Nuorten ääni – “heti” alussa', 'Yhteistyö sujuu: kädestä käteen'] as const;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Tulostuspäivä');
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function facilitatorPage(link: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const page = await (await newPerson(browser, 'Fasu', { viewport })).newPage();
  await page.goto(link);
  await waitLive(page);
  return page;
}

async function saved(download: Download, name: string): Promise<string> {
  const path = join(dir, name);
  await download.saveAs(path);
  return path;
}

const pdfText = (path: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('print and export dialog', () => {
  it('previews the board, downloads an A3 table, exports CSV and JSON and imports into a new workshop', async () => {
    const page = await facilitatorPage(workshop.links.facilitator);
    await addNote(page, CELL.startServices, NOTES[0]);
    await addNote(page, CELL.duringServices, NOTES[1]);
    await expect.poll(() => notesIn(page, CELL.duringServices).count()).toBe(1);

    const opener = page.getByRole('button', { name: 'Tulosta / vie' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Tulosta tai vie' });
    await dialog.waitFor();
    const frame = dialog.locator('iframe[src^="blob:"]');
    // The server's CSP allows blob: frames, so the preview shows inline; "Lataa PDF" saves the
    // same blob, read back below.
    await frame.waitFor({ state: 'visible' });
    const first = (await frame.getAttribute('src')) as string;

    await dialog.getByRole('radio', { name: 'Taulukko', exact: true }).check();
    await dialog.getByRole('radio', { name: 'A3', exact: true }).check();
    await expect
      .poll(() =>
        dialog
          .locator('iframe')
          .getAttribute('src')
          .catch(() => null),
      )
      .not.toBe(first);
    await dialog.locator('iframe[src^="blob:"]').waitFor({ state: 'attached' });
    expect(await seriousViolations(page)).toEqual([]);

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Lataa PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^tulostuspaiva-\d{4}-\d\d-\d\d-table-A3\.pdf$/);
    const pdfPath = await saved(pdf, 'table.pdf');
    const text = squash(pdfText(pdfPath));
    for (const note of NOTES) expect(text).toContain(note);
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Page size:\s+1190\.55 x 841\.89 pts/);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Lataa CSV (taulukkolaskenta)' }).click(),
    ]);
    const csvBytes = readFileSync(await saved(csv, 'workshop.csv'));
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvBytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(rows[0]).toBe('vaihe,ulottuvuus,teksti,tyyppi,ryhmä,pistettä,palvelupolku,askel,riski,kommentit,reaktiot');
    expect(rows.slice(1).filter((row) => NOTES.some((note) => row.includes(note)))).toHaveLength(2);

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Lataa JSON' }).click(),
    ]);
    const jsonPath = await saved(json, 'workshop.json');
    expect(JSON.parse(readFileSync(jsonPath, 'utf8'))).toMatchObject({ format: 'avaa-workshop', version: 1 });

    await dialog.getByLabel('JSON-tiedosto').setInputFiles(jsonPath);
    await dialog.getByRole('button', { name: 'Tuo', exact: true }).click();
    await dialog.getByRole('heading', { name: 'Työpaja ”Tulostuspäivä” on valmis' }).waitFor();
    const newLink = await dialog.getByRole('textbox', { name: 'Linkki: Fasilitaattori' }).inputValue();
    expect(newLink).not.toContain(workshop.id);
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);

    const imported = await facilitatorPage(newLink);
    await expect
      .poll(() => plainTexts(notesIn(imported, CELL.startServices)))
      .toEqual([expect.stringContaining(NOTES[0])]);
    await expect
      .poll(() => plainTexts(notesIn(imported, CELL.duringServices)))
      .toEqual([expect.stringContaining(NOTES[1])]);
    await imported.context().close();
    await page.context().close();
  });

  it("a participant prints the board too, without the facilitator's data section", async () => {
    const page = await joinWorkshop(
      await (await newPerson(browser, 'Aino')).newPage(),
      workshop.links.participant,
      'Aino',
    );
    await page.getByRole('button', { name: 'Tulosta / vie' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tulosta tai vie' });
    await dialog.locator('iframe[src^="blob:"]').waitFor({ state: 'attached' });
    expect(await dialog.getByRole('heading', { name: 'Työpajan tiedot' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Sulje' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('lists every problem of an invalid import with its path, in words', async () => {
    const page = await facilitatorPage(workshop.links.facilitator);
    await page.getByRole('button', { name: 'Tulosta / vie' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tulosta tai vie' });
    const bad = { format: 'avaa-workshop', version: 1, extra: true };
    await dialog.getByLabel('JSON-tiedosto').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await dialog.getByRole('button', { name: 'Tuo', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await alert.getByText('Tiedostoa ei voitu tuoda. Korjattavat kohdat:').waitFor();
    expect(await alert.getByRole('listitem').allInnerTexts()).toEqual(
      expect.arrayContaining(['extra: tuntematon kenttä', 'boards: puuttuu']),
    );
    await page.context().close();
  });

  it('prints the agreements memo with the latest round from the same dialog', async () => {
    const token = workshop.sync.tokens.facilitator as string;
    const register = await openRoom(workshop, `${workshop.id}/workshop`, token);
    const table = await openRoom(workshop, workshop.sync.board, token);
    const item = { text: 'Yhteinen ajanvaraus – ”heti”', owner: 'Åsa Öberg', due: '2027-01-15' };
    expect(addAgreement(register.doc, 'needs-preparation', item).ok).toBe(true);
    expect(closeRound(register.doc, table.doc, { name: 'Syyskierros', date: '2026-11-24' }).ok).toBe(true);
    await Promise.all([register.close(), table.close()]);

    const page = await facilitatorPage(workshop.links.facilitator);
    await page.getByRole('button', { name: 'Tulosta / vie' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tulosta tai vie' });
    const first = (await dialog.locator('iframe[src^="blob:"]').getAttribute('src')) as string;
    await dialog.getByRole('radio', { name: 'Sopimusmuistio' }).check();
    await dialog.getByText('A4 pystysuunnassa.').waitFor();
    await expect.poll(() => dialog.locator('iframe[src^="blob:"]').getAttribute('src')).not.toBe(first);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'print-dialog-agreements-1366x768.png') });

    const [memo] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Lataa PDF' }).click(),
    ]);
    expect(memo.suggestedFilename()).toMatch(/^tulostuspaiva-\d{4}-\d\d-\d\d-agreements\.pdf$/);
    const path = await saved(memo, 'agreements.pdf');
    const text = squash(pdfText(path));
    for (const words of [item.text, 'Vastuu: Åsa Öberg', 'Määräaika: 15.1.2027', 'Avoin', '2. Vaatii valmistelua']) {
      expect(text).toContain(words);
    }
    expect(text).toContain('Viimeisin kierros: Syyskierros (24.11.2026)');
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts/);
    await page.context().close();
  });

  it('screenshots the dialog at laptop and phone sizes', async () => {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      const page = await facilitatorPage(workshop.links.facilitator, viewport);
      // On a phone the page's tools are under "Menu".
      if (viewport.width < 760) await page.getByRole('button', { name: 'Valikko' }).click();
      await page.getByRole('button', { name: 'Tulosta / vie' }).click();
      await page.getByRole('dialog').locator('iframe[src^="blob:"]').waitFor({ state: 'attached' });
      await page.screenshot({ path: join(SHOTS, `print-dialog-${viewport.width}x${viewport.height}.png`) });
      await page.context().close();
    }
  });
});
