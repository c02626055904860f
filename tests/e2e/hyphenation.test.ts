import { createNote, readAllNotes, setStage } from '@avaa/board-model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { asFacilitator } from './support/projector.ts';
import { openRoom } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';

// Chromium on Linux has no Finnish or Swedish hyphenation dictionary: the board inserts soft
// hyphens itself, so a long word in a narrow note breaks as "Verkosto-|tapaaminen".
const TEXTS = {
  fi: 'Verkostotapaaminen asiakasprosessitaulukon äärellä: Nuorisotakuuyhteistyöverkosto',
  sv: 'Det sektorsövergripande samarbetet och kundprocesstabellen',
} as const;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function boardWithNote(language: keyof typeof TEXTS): Promise<{ workshop: CreatedWorkshop; page: Page }> {
  const workshop = await createWorkshop(server.url, 'Tavutus', language);
  const room = await openRoom(workshop, workshop.sync.board, workshop.sync.tokens.facilitator as string);
  createNote(room.doc, 'during:collaboration', { text: TEXTS[language] });
  await room.close();
  const context = await newPerson(browser, 'Tavuttaja');
  const page = await context.newPage();
  await page.goto(workshop.links.facilitator);
  await page.locator('.note__text').first().waitFor();
  return { workshop, page };
}

/**
 * The note's text as drawn: its characters and, for each line break, the characters either side
 * of it, found from where each character's box starts a new line (Range.getClientRects).
 */
function lineBreaks(
  page: Page,
  selector = '.note__text .hyphenated',
  index = 0,
): Promise<{ text: string; breaks: { before: string; after: string }[] }> {
  return page.evaluate(
    ([selector, index]) => {
      const span = document.querySelectorAll(selector)[index];
      const node = span?.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) return { text: '', breaks: [] };
      const text = node.textContent ?? '';
      const range = document.createRange();
      const breaks: { before: string; after: string }[] = [];
      let lastTop: number | null = null;
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        // A letter after a hyphenated break also reports the hyphen drawn at the line end: its own box is the last.
        const box = Array.from(range.getClientRects())
          .filter((rect) => rect.width > 0)
          .at(-1);
        if (!box) continue; // a soft hyphen or space with nothing drawn
        if (lastTop !== null && box.top > lastTop + 1) breaks.push({ before: text[i - 1] ?? '', after: text[i] ?? '' });
        lastTop = box.top;
      }
      return { text, breaks };
    },
    [selector, index] as const,
  );
}

const allowed = (before: string, after: string) => before === ' ' || before === '\u00AD' || after === ' ';

describe('hyphenation on the board', () => {
  it.each(['fi', 'sv'] as const)(
    '%s: a narrow note breaks long words only at spaces and soft hyphens',
    async (language) => {
      const { page } = await boardWithNote(language);
      // As narrow as a note gets on a crowded board or a phone.
      await page.addStyleTag({ content: '.note { width: 9rem !important; max-width: 9rem !important; }' });
      await expect.poll(async () => (await lineBreaks(page)).text.includes('\u00AD')).toBe(true);
      const { text, breaks } = await lineBreaks(page);
      expect(text.replaceAll('\u00AD', '')).toBe(TEXTS[language]);
      expect(breaks.length).toBeGreaterThan(2);
      expect(breaks.filter(({ before, after }) => !allowed(before, after))).toEqual([]);
      expect(breaks.some(({ before }) => before === '\u00AD')).toBe(true);
      await page
        .locator('[data-cell="during:collaboration"]')
        .screenshot({ path: `/tmp/avaa-hyphenation-${language}.png` });
      await page.context().close();
    },
  );

  it('sv: the projector hyphenates its notes and its row headers ("sektorsöver-|gripande")', async () => {
    const { workshop, page } = await boardWithNote('sv');
    await page.setViewportSize({ width: 1280, height: 720 });
    // The projector follows the stage: the table from the common-table stage on.
    await asFacilitator(workshop, 'workshop', (doc) => setStage(doc, 'common-table'));
    await page.goto(workshop.links.projector);
    await page.locator('.projector-note__text').first().waitFor();
    const header = () => lineBreaks(page, '.projector__dimension .hyphenated', 1);
    await expect.poll(async () => (await header()).text.includes('\u00AD')).toBe(true);
    const { text, breaks } = await header();
    expect(text.replaceAll('\u00AD', '')).toBe('Personalens och det sektorsövergripande samarbetet');
    expect(breaks.filter(({ before, after }) => !allowed(before, after))).toEqual([]);
    const note = await lineBreaks(page, '.projector-note__text .hyphenated');
    expect(note.text.replaceAll('\u00AD', '')).toBe(TEXTS.sv);
    expect(note.breaks.filter(({ before, after }) => !allowed(before, after))).toEqual([]);
    await page.screenshot({ path: '/tmp/avaa-hyphenation-projector-sv.png' });
    await page.context().close();
  });

  it('keeps the document, the editor and copying free of soft hyphens', async () => {
    const { workshop, page } = await boardWithNote('fi');
    // The patterns load after the board shows: copy once the note is drawn hyphenated.
    await page.waitForFunction(() =>
      document.querySelector('.note__text .hyphenated')?.textContent?.includes('\u00ad'),
    );
    const copied = await page.evaluate(() => {
      const span = document.querySelector('.note__text .hyphenated');
      if (!span) return null;
      const range = document.createRange();
      range.selectNodeContents(span);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      const data = new DataTransfer();
      span.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
      return data.getData('text/plain');
    });
    expect(copied).toBe(TEXTS.fi);
    await page.locator('.note__text').first().click();
    await expect.poll(() => page.locator('.note textarea').first().inputValue()).toBe(TEXTS.fi);
    const room = await openRoom(workshop, workshop.sync.board, workshop.sync.tokens.facilitator as string);
    expect(readAllNotes(room.doc).map((note) => note.text)).toEqual([TEXTS.fi]);
    await room.close();
    await page.context().close();
  });
});
