import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { seedNotes } from './support/seedNotes.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';

// Issue 15, point 14 (3.1.2): a person reading a Finnish workshop in Swedish prints it in
// Swedish; the print dialog offers the language, starting with the UI's.
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
const dir = mkdtempSync(join(tmpdir(), 'avaa-print-language-'));

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä', 'fi');
  await seedNotes(workshop.sync.url, workshop.sync.board, workshop.sync.tokens.facilitator as string, 1);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** The PDF the dialog would save now, as text. */
async function downloaded(page: Page, dialog: Locator, name: string, button: string): Promise<string> {
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: button }).click(),
  ]);
  const path = join(dir, name);
  await pdf.saveAs(path);
  return pdfText(path);
}

describe('the print language', () => {
  it('starts with the UI language and can be changed, for a Finnish workshop read in Swedish', async () => {
    const page = await (await newPerson(browser, 'Åsa')).newPage();
    const link = new URL(workshop.links.facilitator);
    await page.goto(`${link.origin}/w/${workshop.id}?lang=sv${link.hash}`);
    await page.getByRole('status').filter({ hasText: 'Ansluten' }).first().waitFor();
    await page.getByRole('button', { name: 'Skriv ut / exportera' }).click();
    const dialog = page.getByRole('dialog', { name: 'Skriv ut eller exportera' });
    const language = dialog.getByRole('combobox', { name: 'Utskriftens språk' });
    expect(await language.inputValue()).toBe('sv');
    await dialog.locator('iframe[src^="blob:"]').waitFor({ state: 'attached' });
    const swedish = await downloaded(page, dialog, 'sv.pdf', 'Ladda ner PDF');
    expect(swedish).toContain('Inledningsskedet');
    expect(swedish).not.toContain('Alkuvaihe');

    const first = await dialog.locator('iframe').getAttribute('src');
    await language.selectOption('fi');
    await expect
      .poll(() =>
        dialog
          .locator('iframe')
          .getAttribute('src')
          .catch(() => null),
      )
      .not.toBe(first);
    await dialog.locator('iframe[src^="blob:"]').waitFor({ state: 'attached' });
    const finnish = await downloaded(page, dialog, 'fi.pdf', 'Ladda ner PDF');
    expect(finnish).toContain('Alkuvaihe');
    await page.context().close();
  });
});
