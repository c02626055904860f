import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addStep, createNote, createPath } from '@avaa/board-model';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { must } from './support/paths.ts';
import { openRoom } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { waitLive } from './support/workshop.ts';

// The service paths in the print dialog (issue 17): the path view chosen and downloaded, and the
// table with its paths; the PDFs read back.
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
const dir = mkdtempSync(join(tmpdir(), 'avaa-print-paths-'));
const SHOTS = process.env.AVAA_SHOTS ?? dir;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Polkupäivä');
  const table = await openRoom(workshop, workshop.sync.board, workshop.sync.tokens.facilitator as string);
  const dropIn = must(createNote(table.doc, 'start:services', { text: 'Matalan kynnyksen päivystys' }));
  const path = must(createPath(table.doc, { name: 'Kertakävijä', description: 'Käy kerran eikä palaa.' }));
  must(addStep(table.doc, path, { noteId: dropIn }));
  must(
    addStep(table.doc, path, {
      phase: 'during',
      text: 'Asumisneuvonta',
      risk: { kind: 'waiting', reason: 'Jono kuukausia' },
    }),
  );
  await table.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const pageSize = (path: string) => execFileSync('pdfinfo', [path], { encoding: 'utf8' });

async function download(page: Page, dialog: Locator, name: string): Promise<{ file: string; path: string }> {
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Lataa PDF' }).click(),
  ]);
  const path = join(dir, name);
  await pdf.saveAs(path);
  return { file: pdf.suggestedFilename(), path };
}

/** The facilitator's print dialog on a laptop, its first preview shown. */
async function openPrintDialog() {
  const page = await (await newPerson(browser, 'Fasu', { viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto(workshop.links.facilitator);
  await waitLive(page);
  await page.getByRole('button', { name: 'Tulosta / vie' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tulosta tai vie' });
  const frame = dialog.locator('iframe[src^="blob:"]');
  await frame.waitFor({ state: 'attached' });
  return { page, dialog, frame };
}

/** Waits for the preview to show a new PDF after a choice changed. */
async function previewChanged(dialog: Locator, before: string | null): Promise<void> {
  await expect.poll(() => dialog.locator('iframe[src^="blob:"]').getAttribute('src')).not.toBe(before);
}

describe('service paths in the print dialog', () => {
  it('prints the path view on A3 and the table with its paths', async () => {
    const { page, dialog, frame } = await openPrintDialog();

    let before = await frame.getAttribute('src');
    await dialog.getByRole('radio', { name: 'Palvelupolut', exact: true }).check();
    await previewChanged(dialog, before);
    before = await frame.getAttribute('src');
    await dialog.getByRole('radio', { name: 'Polkunäkymä: kaikki polut riveinä' }).check();
    await dialog.getByRole('radio', { name: 'A3', exact: true }).check();
    await previewChanged(dialog, before);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'print-dialog-paths-1366x768.png') });

    const lanes = await download(page, dialog, 'lanes.pdf');
    expect(lanes.file).toMatch(/^polkupaiva-\d{4}-\d\d-\d\d-paths-lanes-A3\.pdf$/);
    const lanesText = pdfText(lanes.path);
    for (const words of ['Palvelupolkunäkymä', 'A. Kertakävijä', 'Matalan kynnyksen päivystys', 'Puuttuva palvelu']) {
      expect(lanesText).toContain(words);
    }
    expect(pageSize(lanes.path)).toMatch(/Page size:\s+1190\.55 x 841\.89 pts/);

    before = await frame.getAttribute('src');
    await dialog.getByRole('radio', { name: 'Taulukko', exact: true }).check();
    await dialog.getByRole('checkbox', { name: /Piirrä palvelupolut taulukon päälle/ }).check();
    await previewChanged(dialog, before);
    const table = await download(page, dialog, 'table.pdf');
    expect(table.file).toMatch(/-table-A4-paths\.pdf$/);
    const tableText = pdfText(table.path);
    expect(tableText).toContain('▸A1');
    expect(tableText).toContain('Polku A: Kertakävijä');
    await page.context().close();
  });

  it('prints the path sheets in Swedish when the print language is Swedish', async () => {
    const { page, dialog, frame } = await openPrintDialog();
    let before = await frame.getAttribute('src');
    await dialog.getByRole('radio', { name: 'Palvelupolut', exact: true }).check();
    await previewChanged(dialog, before);
    before = await frame.getAttribute('src');
    await dialog.getByLabel('Tulosteen kieli').selectOption('sv');
    await previewChanged(dialog, before);
    const sheets = await download(page, dialog, 'sheets-sv.pdf');
    const text = pdfText(sheets.path);
    for (const words of ['Stig A: Kertakävijä', 'Tjänst saknas', 'Risk: väntan – Jono kuukausia', 'Överhoppad fas']) {
      expect(text).toContain(words);
    }
    expect(pageSize(sheets.path)).toMatch(/Page size:\s+841\.89 x 595\.2\d* pts/);
    await page.context().close();
  });

  it('offers the paths on a phone in Swedish', async () => {
    const viewport = { width: 390, height: 844 };
    const page = await (await newPerson(browser, 'Fasu', { viewport })).newPage();
    const link = new URL(workshop.links.facilitator);
    await page.goto(`${link.origin}/w/${workshop.id}?lang=sv${link.hash}`);
    await page.getByRole('button', { name: 'Meny' }).click();
    await page.getByRole('button', { name: 'Skriv ut / exportera' }).click();
    const dialog = page.getByRole('dialog', { name: 'Skriv ut eller exportera' });
    await dialog.locator('iframe[src^="blob:"]').waitFor({ state: 'attached' });
    await dialog.getByRole('radio', { name: 'Servicestigar', exact: true }).check();
    const lanes = dialog.getByRole('radio', { name: 'Stigvy: alla stigar som rader' });
    await lanes.check();
    await lanes.scrollIntoViewIfNeeded();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'print-dialog-paths-sv-390x844.png') });
    await page.context().close();
  });
});
