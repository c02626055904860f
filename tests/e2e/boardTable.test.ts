import { CELL_IDS, type CellId, DIMENSIONS, PHASES, parseCellId } from '@avaa/board-model';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { cell, plainTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { seedCells } from './support/seedCells.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';

// Issue 15, point 13: the board is a table to a screen reader (phases as column headers,
// dimensions as row headers, each cell a list of its notes), Ctrl+arrows jump from cell to
// cell instead of a Tab press for every control, and the board reads as a list too (phase,
// dimension, notes, with counts), where notes are added, edited and moved.
const LAST: CellId = 'followup:participation';
const EMPTY: CellId = 'ending:collaboration';

/** Two notes in most cells, three in the last, none in one: texts name their cell's place. */
const SEEDED = CELL_IDS.filter((id) => id !== EMPTY).flatMap((id, index) =>
  Array.from({ length: id === LAST ? 3 : 2 }, (_, n) => ({ cell: id, text: `Palvelu ${index + 1}.${n + 1}: ohjaus` })),
);
const seededIn = (id: CellId) => SEEDED.filter((note) => note.cell === id).map((note) => note.text);

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let page: Page;

const nameOf = (id: CellId, language: 'fi' | 'sv' = 'fi') => {
  const { phase, dimension } = parseCellId(id);
  return {
    phase: PHASES.find((p) => p.id === phase)?.name[language] ?? '',
    dimension: DIMENSIONS.find((d) => d.id === dimension)?.name[language] ?? '',
  };
};
const notes = (count: number) => `${count} ${count === 1 ? 'lappu' : 'lappua'}`;
/** The names a screen reader hears for the headings of a level, in order (Playwright's aria snapshot). */
async function headingNames(within: Locator, level: number): Promise<string[]> {
  const snapshot = await within.ariaSnapshot();
  return [...snapshot.matchAll(new RegExp(`heading "(.*)" \\[level=${level}\\]`, 'g'))].map((match) => match[1] ?? '');
}
const withoutSoftHyphens = (texts: readonly string[]) => texts.map((text) => text.replaceAll('\u00AD', '').trim());
const focusIsIn = (selector: string) =>
  page.evaluate((match) => document.activeElement?.matches(match) ?? false, selector);
const focusedCellOf = (on: Page) =>
  on.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-cell]')?.dataset.cell ?? null);
const focusedCell = () => focusedCellOf(page);
const listView = (on: Page) => on.getByRole('checkbox', { name: /^(Näytä luettelona|Visa som lista)$/ });
const outline = (on: Page) =>
  on.getByRole('region', { name: /^(Asiakasprosessitaulukko luettelona|Kundprocesstabellen som lista)$/ });
const outlineCell = (on: Page, id: CellId) => outline(on).locator(`[data-cell="${id}"]`);

async function open(link: string): Promise<Page> {
  const opened = await (await newPerson(browser, 'Maija', { viewport: { width: 1366, height: 768 } })).newPage();
  await opened.goto(link);
  await opened
    .getByRole('status')
    .filter({ hasText: /Yhteydessä|Ansluten/ })
    .first()
    .waitFor();
  await opened.getByRole('table').waitFor();
  return opened;
}

/** Chromium's own accessibility tree (not Playwright's reading of the DOM): how many of each table role. */
async function chromiumTableRoles(on: Page): Promise<Record<string, number>> {
  const cdp = await on.context().newCDPSession(on);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string } }[];
  };
  const counts: Record<string, number> = {};
  for (const node of nodes) {
    const role = node.role?.value ?? '';
    if (!node.ignored && ['table', 'row', 'columnheader', 'rowheader', 'cell'].includes(role)) {
      counts[role] = (counts[role] ?? 0) + 1;
    }
  }
  await cdp.detach();
  return counts;
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Taulukkotesti');
  await seedCells(workshop.sync.url, workshop.sync.board, workshop.sync.tokens.facilitator as string, SEEDED);
  page = await open(workshop.links.facilitator);
  await cell(page, nameOf(LAST)).getByRole('listitem').nth(2).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('the board as a table', () => {
  it('has the phases as its 5 column headers and the dimensions as its 3 row headers', async () => {
    const table = page.getByRole('table');
    // Named by the phase alone: the number before it is hidden from screen readers.
    expect(withoutSoftHyphens(await plainTexts(table.getByRole('columnheader').locator('.hyphenated')))).toEqual(
      PHASES.map((phase) => phase.name.fi),
    );
    const rowHeaders = table.getByRole('rowheader');
    expect(await rowHeaders.count()).toBe(3);
    for (const [index, dimension] of DIMENSIONS.entries()) {
      const label = await rowHeaders.nth(index).getAttribute('aria-labelledby');
      const heading = page.locator(`[id="${label}"]`);
      expect(withoutSoftHyphens([await heading.innerText()])).toEqual([dimension.name.fi]);
    }
    expect(await table.getByRole('row').count()).toBe(4);
  });

  it('puts each of the 15 cells in its row under its phase, with a list of the cell’s notes', async () => {
    const rows = page.getByRole('table').getByRole('row');
    for (const [r, dimension] of DIMENSIONS.entries()) {
      const cells = rows.nth(r + 1).getByRole('cell');
      // The row header first, then the five phases in order.
      expect(await cells.count()).toBe(5);
      for (const [c, phase] of PHASES.entries()) {
        const id = `${phase.id}:${dimension.id}` as CellId;
        const group = cells.nth(c).getByRole('group', { name: `${phase.name.fi} – ${dimension.name.fi}`, exact: true });
        expect(await group.count()).toBe(1);
        const list = group.getByRole('list');
        expect(await list.count()).toBe(1);
        expect(withoutSoftHyphens(await plainTexts(list.getByRole('listitem').locator('.note__text')))).toEqual(
          seededIn(id),
        );
      }
    }
  });

  it('is a table in Chromium’s accessibility tree too (rows that take no box stay rows)', async () => {
    // 16 cells: the fifteen and the corner, which holds the keyboard hint.
    expect(await chromiumTableRoles(page)).toEqual({ table: 1, row: 4, columnheader: 5, rowheader: 3, cell: 16 });
  });

  it('has no serious accessibility violations, in Finnish and in Swedish', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    const swedish = await open(workshop.links.facilitator.replace('#', '?lang=sv#'));
    expect(withoutSoftHyphens(await plainTexts(swedish.getByRole('columnheader')))).toContain('2\nInledningsskedet');
    expect(await seriousViolations(swedish)).toEqual([]);
    await swedish.context().close();
  });
});

describe('jumping from cell to cell', () => {
  it('reaches the last cell’s "Add note" in a few key presses instead of a Tab for every control', async () => {
    const add = `[data-cell="${LAST}"] .cell__add`;
    await page.locator('#board').focus();
    let tabs = 0;
    while (!(await focusIsIn(add)) && tabs < 400) {
      await page.keyboard.press('Tab');
      tabs++;
    }

    await page.locator('#board').focus();
    await page.keyboard.press('Tab');
    let presses = 1;
    expect(await focusedCell()).toBe('before:services');
    const path: [string, CellId][] = [
      ['Control+ArrowRight', 'start:services'],
      ['Control+ArrowRight', 'during:services'],
      ['Control+ArrowRight', 'ending:services'],
      ['Control+ArrowRight', 'followup:services'],
      ['Control+ArrowDown', 'followup:collaboration'],
      ['Control+ArrowDown', LAST],
    ];
    for (const [key, expected] of path) {
      await page.keyboard.press(key);
      presses++;
      expect(await focusedCell()).toBe(expected);
    }
    // Landed on the cell's first note; its other controls and notes are Tabs away.
    expect(await focusIsIn(`[data-cell="${LAST}"] li:first-child .note__handle`)).toBe(true);
    while (!(await focusIsIn(add)) && presses < 40) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await focusIsIn(add)).toBe(true);
    expect(presses * 5).toBeLessThan(tabs);
  });

  it('lands on "Add note" in an empty cell, goes back with Ctrl+Left and Ctrl+Up, and stays at the table’s edge', async () => {
    await page.locator(`[data-cell="ending:services"] .note__handle`).first().focus();
    await page.keyboard.press('Control+ArrowDown');
    expect(await focusIsIn(`[data-cell="${EMPTY}"] .cell__add`)).toBe(true);
    await page.keyboard.press('Control+ArrowLeft');
    expect(await focusedCell()).toBe('during:collaboration');
    await page.keyboard.press('Control+ArrowUp');
    await page.keyboard.press('Control+ArrowUp');
    expect(await focusedCell()).toBe('during:services');
  });

  it('leaves the arrows to a keyboard drag while a note is carried, with Ctrl too', async () => {
    const [carried] = seededIn('during:participation');
    const handle = page.locator('[data-cell="during:participation"] li:first-child .note__handle');
    await handle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('[id^="DndLiveRegion"]').innerText()).toMatch(/Tartuit|on solussa/);
    // A moment for the step's target to settle, as a person pauses between keys.
    await page.waitForTimeout(150);
    await page.keyboard.press('Control+ArrowRight');
    await page.waitForTimeout(150);
    await page.keyboard.press('Space');
    await expect
      .poll(async () =>
        withoutSoftHyphens(await plainTexts(cell(page, nameOf('ending:participation')).locator('.note__text'))),
      )
      .toContain(carried);
    await expect.poll(() => focusedCell()).toBe('ending:participation');
  });

  it('leaves Ctrl+arrows to the text while a note is being written', async () => {
    await cell(page, nameOf(EMPTY)).getByRole('button', { name: 'Lisää lappu', exact: true }).click();
    const editor = cell(page, nameOf(EMPTY)).getByRole('textbox');
    await editor.fill('Yhteinen palaveri');
    await editor.press('Control+ArrowLeft');
    expect(await editor.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await editor.evaluate((element) => (element as HTMLTextAreaElement).selectionStart)).toBe(
      'Yhteinen '.length,
    );
    // Emptied again and closed: no note stays behind.
    await editor.fill('');
    await editor.press('Escape');
    await expect.poll(() => cell(page, nameOf(EMPTY)).getByRole('textbox').count()).toBe(0);
    expect(await cell(page, nameOf(EMPTY)).getByRole('listitem').count()).toBe(0);
  });
});

describe('the board as a list', () => {
  let tableTexts: Map<CellId, string[]>;

  beforeAll(async () => {
    tableTexts = new Map();
    for (const id of CELL_IDS) {
      tableTexts.set(id, withoutSoftHyphens(await plainTexts(cell(page, nameOf(id)).locator('.note__text'))));
    }
    await listView(page).check();
    await outline(page).waitFor();
  });

  it('shows every note under its phase and dimension, with counts', async () => {
    expect(await page.getByRole('table').count()).toBe(0);
    const phases = outline(page).getByRole('heading', { level: 2 });
    expect(await phases.count()).toBe(5);
    expect(await headingNames(outline(page), 2)).toEqual(
      PHASES.map((phase) => {
        const count = DIMENSIONS.reduce((sum, d) => sum + (tableTexts.get(`${phase.id}:${d.id}`)?.length ?? 0), 0);
        return `${phase.name.fi}, ${notes(count)}`;
      }),
    );
    for (const id of CELL_IDS) {
      const { phase, dimension } = nameOf(id);
      const texts = tableTexts.get(id) ?? [];
      expect(await headingNames(outlineCell(page, id), 3)).toEqual([`${phase} – ${dimension}, ${notes(texts.length)}`]);
      expect(withoutSoftHyphens(await plainTexts(outlineCell(page, id).locator('li .note__text')))).toEqual(texts);
    }
  });

  it('adds, edits and moves notes there', async () => {
    await outlineCell(page, EMPTY).getByRole('button', { name: 'Lisää lappu', exact: true }).click();
    const editor = outlineCell(page, EMPTY).getByRole('textbox');
    await editor.fill('Verkostopalaveri kuukausittain');
    await editor.press('Enter');
    await expect.poll(async () => (await headingNames(outlineCell(page, EMPTY), 3)).join()).toMatch(/, 1 lappu$/);

    await outlineCell(page, EMPTY).locator('button.note__text').click();
    const editing = outlineCell(page, EMPTY).getByRole('textbox');
    await editing.fill('Verkostopalaveri joka toinen viikko');
    await editing.press('Enter');
    await expect
      .poll(async () => withoutSoftHyphens(await plainTexts(outlineCell(page, EMPTY).locator('li .note__text'))))
      .toEqual(['Verkostopalaveri joka toinen viikko']);

    await page.getByRole('button', { name: 'Lapun toiminnot: Verkostopalaveri joka toinen viikko' }).click();
    await page.getByRole('button', { name: 'Siirrä…' }).click();
    await page.getByRole('combobox', { name: 'Vaihe', exact: true }).selectOption({ label: 'Seurantavaihe' });
    await page.getByRole('button', { name: 'Siirrä', exact: true }).click();
    await expect
      .poll(async () =>
        withoutSoftHyphens(await plainTexts(outlineCell(page, 'followup:collaboration').locator('li .note__text'))),
      )
      .toContain('Verkostopalaveri joka toinen viikko');
    expect(await plainTexts(outlineCell(page, EMPTY).locator('p'))).toEqual(['Ei vielä lappuja.']);
  });

  it('stays the chosen view when the person comes back to the board', async () => {
    await page.getByRole('link', { name: 'Yleiskuva' }).click();
    await expect.poll(() => outline(page).count()).toBe(0);
    await page.getByRole('link', { name: 'Yhteinen taulukko' }).click();
    await outline(page).waitFor();
    expect(await listView(page).isChecked()).toBe(true);
  });

  it('has no serious accessibility violations, in Finnish and in Swedish', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    const swedish = await open(workshop.links.facilitator.replace('#', '?lang=sv#'));
    await listView(swedish).check();
    await outline(swedish).waitFor();
    expect((await headingNames(outline(swedish), 2))[0]).toBe('Innan kundrelationen börjar, 6 lappar');
    expect(await seriousViolations(swedish)).toEqual([]);
    await swedish.context().close();
  });
});

describe('on a phone (390x844), where the cells stand in one column', () => {
  let phone: Page;

  beforeAll(async () => {
    const context = await newPerson(browser, 'Maija', { viewport: { width: 390, height: 844 }, hasTouch: true });
    phone = await context.newPage();
    await phone.goto(workshop.links.facilitator);
    await phone.getByRole('status').filter({ hasText: 'Yhteydessä' }).first().waitFor();
  });

  afterAll(async () => {
    await phone?.context().close();
  });

  it('is still a table with its column headers, which each cell’s own phase heading shows instead', async () => {
    const headers = phone.getByRole('table').getByRole('columnheader');
    expect(await headers.count()).toBe(5);
    // Out of sight, but there for a screen reader.
    expect(await headers.first().evaluate((element) => element.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    expect(await chromiumTableRoles(phone)).toEqual({ table: 1, row: 4, columnheader: 5, rowheader: 3, cell: 16 });
  });

  it('jumps to a cell of the list view from the jump list', async () => {
    await phone.getByText('Taulukon näkymä').click();
    await listView(phone).check();
    await outline(phone).waitFor();
    await phone
      .getByRole('combobox', { name: 'Siirry soluun' })
      .selectOption({ label: 'Seurantavaihe – Asiakkaan osallisuus ja toimijuus' });
    await expect.poll(() => focusedCellOf(phone)).toBe(LAST);
    const group = phone.getByRole('group', { name: 'Seurantavaihe – Asiakkaan osallisuus ja toimijuus, 3 lappua' });
    expect(await group.count()).toBe(1);
  });
});
