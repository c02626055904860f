import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { seedNotes } from './support/seedNotes.ts';
import { createWorkshop, startTestServer, type TestServer } from './support/server.ts';

// Issue 19, point 5: the facilitator downloads the workshop as an Excel workbook from the
// print and export dialog, in Finnish and in Swedish.
let server: TestServer;
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'avaa-print-xlsx-'));
/** Where the screenshots go, to be looked at (not compared). */
const SHOTS = process.env.AVAA_SHOTS ?? dir;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

const CASES = [
  {
    language: 'fi',
    title: 'Ohjaamo Kotka – kehittämispäivä',
    file: 'avaa-ohjaamo-kotka-kehittamispaiva-workshop.xlsx',
    live: 'Yhteydessä',
    opener: 'Tulosta / vie',
    dialog: 'Tulosta tai vie',
    button: 'Lataa Excel (.xlsx)',
    sheets: ['Yhteinen taulukko', 'Sopimukset', 'Pisteäänestykset'],
    header: ['vaihe', 'ulottuvuus', 'teksti', 'tyyppi', 'väri', 'luotu', 'pistettä'],
    first: ['Ennen asiakkuuden alkua', 'Toimenpiteet ja palvelut', 'Some-kanavat ja nuorten oma viestintä', 'lappu'],
  },
  {
    language: 'sv',
    title: 'Navigatorn Åbo – utvecklingsdag',
    file: 'avaa-navigatorn-abo-utvecklingsdag-workshop.xlsx',
    live: 'Ansluten',
    opener: 'Skriv ut / exportera',
    dialog: 'Skriv ut eller exportera',
    button: 'Ladda ner Excel (.xlsx)',
    sheets: ['Gemensam tabell', 'Överenskommelser', 'Prickröstningar'],
    header: ['fas', 'dimension', 'text', 'typ', 'färg', 'skapad', 'prickar'],
    first: ['Innan kundrelationen börjar', 'Åtgärder och tjänster', 'Some-kanavat ja nuorten oma viestintä', 'lapp'],
  },
] as const;

describe('the Excel download', () => {
  for (const c of CASES) {
    it(`downloads the workbook from the dialog (${c.language})`, async () => {
      const workshop = await createWorkshop(server.url, c.title, c.language);
      await seedNotes(workshop.sync.url, workshop.sync.board, workshop.sync.tokens.facilitator as string, 1);
      const page = await (await newPerson(browser, 'Fasu', { viewport: { width: 1366, height: 768 } })).newPage();
      const link = new URL(workshop.links.facilitator);
      await page.goto(`${link.origin}/w/${workshop.id}?lang=${c.language}${link.hash}`);
      await page.getByRole('status').filter({ hasText: c.live }).first().waitFor();
      await page.getByRole('button', { name: c.opener }).click();
      const dialog = page.getByRole('dialog', { name: c.dialog });
      await dialog.locator('iframe[src^="blob:"]').waitFor({ state: 'attached' });
      const button = dialog.getByRole('button', { name: c.button });
      await button.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `print-xlsx-1366-${c.language}.png`) });
      expect(await seriousViolations(page)).toEqual([]);

      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toBe(c.file);
      const path = join(dir, c.file);
      await download.saveAs(path);
      const sheets = await readXlsxFile(readFileSync(path));
      expect(sheets.map((sheet) => sheet.sheet)).toEqual(c.sheets);
      const [table] = sheets;
      expect(table?.data[0]?.slice(0, 7)).toEqual(c.header);
      // One note per cell, in the table's reading order.
      expect(table?.data).toHaveLength(16);
      expect(table?.data[1]?.slice(0, 4)).toEqual(c.first);
      await page.context().close();
    });
  }
});
