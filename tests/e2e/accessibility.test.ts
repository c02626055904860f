import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { CELL, cell, notesIn } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { seedNotes } from './support/seedNotes.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop } from './support/workshop.ts';

// WCAG 2.1 AA by axe-core on every page and state that matters, keyboard use, languages, and
// the narrowest phone.
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Saavutettavuustesti');
  await seedNotes(workshop.sync.url, workshop.sync.board, workshop.sync.tokens.facilitator as string, 2);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function newPage(viewport = { width: 1366, height: 768 }): Promise<Page> {
  return (await newPerson(browser, 'Aino', { viewport })).newPage();
}

async function open(link: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const page = await newPage(viewport);
  await page.goto(link);
  return page;
}

const live = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /Yhteydessä|Ansluten|Live/ })
    .waitFor();

describe('axe-core (WCAG 2.1 A and AA): no serious or critical violations', () => {
  it('on the start page, before and after creating a workshop', async () => {
    const page = await open(`${server.url}/`);
    await page.getByRole('button', { name: 'Luo työpaja' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'Työpajan nimi' }).fill('Kehittämispäivä');
    await page.getByRole('button', { name: 'Luo työpaja' }).click();
    await page.getByRole('img', { name: 'QR-koodi osallistujien linkkiin' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('on the join form, with an error shown', async () => {
    const page = await open(workshop.links.participant);
    const form = page.getByRole('form', { name: 'Liity työpajaan' });
    await form.getByRole('button', { name: 'Liity', exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('textbox', { name: 'Nimesi' }).fill('Aino');
    await form.getByRole('button', { name: 'Liity', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('Valitse roolisi.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('on the board, with an editor and a note menu open', async () => {
    const page = await joinWorkshop(await newPage(), workshop.links.participant, 'Aino');
    expect(await seriousViolations(page)).toEqual([]);
    await cell(page, CELL.startServices).getByRole('button', { name: 'Lisää lappu', exact: true }).click();
    await cell(page, CELL.startServices).getByRole('textbox').fill('');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await notesIn(page, CELL.startServices)
      .first()
      .getByRole('button', { name: /^Lapun toiminnot/ })
      .click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('while a note is dragged: the copy left in place stays readable (1.4.3)', async () => {
    const page = await joinWorkshop(await newPage(), workshop.links.participant, 'Aino');
    const handle = notesIn(page, CELL.startServices)
      .first()
      .getByRole('button', { name: /^Siirrä lappua/ });
    // The board may still settle (hyphenation arriving reflows notes) on a busy machine: the
    // handle is measured again and the drag tried again until it starts.
    await expect
      .poll(
        async () => {
          await page.mouse.up();
          const from = await handle.boundingBox();
          if (!from) return false;
          await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
          await page.mouse.down();
          await page.mouse.move(from.x + 40, from.y + 60, { steps: 5 });
          return (await page.locator('.note--dragging').count()) > 0;
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.mouse.up();
    await page.context().close();
  });

  it('names every control with its visible tooltip in it (2.5.3), on the facilitator’s board', async () => {
    const page = await open(workshop.links.facilitator);
    await live(page);
    const mismatched = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[title][aria-label]'))
        .filter((element) => {
          const name = (element.getAttribute('aria-label') ?? '').toLowerCase();
          return !name.includes((element.getAttribute('title') ?? '').toLowerCase());
        })
        .map((element) => `${element.getAttribute('aria-label')} / ${element.getAttribute('title')}`),
    );
    expect(mismatched).toEqual([]);
    await page.context().close();
  });

  it('on the projector, and on the page for a link without a key', async () => {
    const page = await open(workshop.links.projector, { width: 1920, height: 1080 });
    await live(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${server.url}/w/${workshop.id}`);
    await page.getByRole('heading', { name: 'Linkistä puuttuu pääsyavain' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('axe-core in Swedish: no serious or critical violations', () => {
  const inSwedish = (link: string, path = '') => link.replace('#', `${path}?lang=sv#`);
  /** The page's axe findings, once it is live and in Swedish (the ids and impact of each). */
  async function findings(page: Page, ready: () => Promise<unknown>): Promise<unknown[]> {
    await ready();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    return seriousViolations(page);
  }

  it('on the start page, the join form, every facilitator page, the list view and the projector', async () => {
    const found: Record<string, unknown[]> = {};
    // A fresh tab for each: links differing only after '#' would not load a new page.
    const check = async (name: string, link: string, ready: (page: Page) => Promise<unknown>) => {
      const page = await open(link);
      found[name] = await findings(page, () => ready(page));
      await page.context().close();
    };
    await check('start', `${server.url}/?lang=sv`, (page) => page.getByRole('button').first().waitFor());
    await check('join', inSwedish(workshop.links.participant), (page) => page.getByRole('form').first().waitFor());
    for (const path of ['', '/overview', '/people', '/agreements', '/rounds']) {
      await check(path || '/board', inSwedish(workshop.links.facilitator, path), live);
    }
    await check('list', inSwedish(workshop.links.facilitator), async (page) => {
      await live(page);
      await page.getByRole('checkbox', { name: 'Visa som lista' }).check();
      await page.getByRole('region', { name: /som lista$/ }).waitFor();
    });
    await check('projector', inSwedish(workshop.links.projector), live);
    const pages = ['start', 'join', '/board', '/overview', '/people', '/agreements', '/rounds', 'list', 'projector'];
    expect(found).toEqual(Object.fromEntries(pages.map((name) => [name, []])));
  });
});

describe('keyboard', () => {
  it('adds, edits and leaves a note without a mouse, with focus where it belongs', async () => {
    const page = await joinWorkshop(await newPage(), workshop.links.participant, 'Aino');
    const add = cell(page, CELL.duringServices).getByRole('button', { name: 'Lisää lappu', exact: true });
    await add.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Näppäimistöllä lisätty');
    await page.keyboard.press('Enter');
    const text = cell(page, CELL.duringServices).getByRole('button', { name: 'Näppäimistöllä lisätty', exact: true });
    await expect.poll(() => text.evaluate((element) => element === document.activeElement)).toBe(true);
    // Tab moves on to the note's actions; the actions panel closes with Escape, focus returns.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: 'Sininen' }).focus();
    await page.keyboard.press('Escape');
    const menu = page.getByRole('button', { name: 'Lapun toiminnot: Näppäimistöllä lisätty' });
    await expect.poll(() => menu.evaluate((element) => element === document.activeElement)).toBe(true);
    // Tabbing out of the open panel closes it, so it never covers where focus went (2.4.11).
    await page.keyboard.press('Enter');
    // The panel's last control (the note's comments and reactions come after Poista).
    await page.locator('.note-menu').locator('button, input, select, a[href]').last().focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('.note-menu').count()).toBe(0);
    await page.context().close();
  });
});

describe('languages', () => {
  it('follows ?lang=, the language menu, and remembers the choice', async () => {
    const page = await open(`${workshop.links.facilitator.replace('#', '?lang=sv#')}`);
    await live(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    expect(
      await page
        .getByRole('group', { name: 'Inledningsskedet – Åtgärder och tjänster' })
        .getByRole('button', { name: 'Lägg till lapp', exact: true })
        .count(),
    ).toBe(1);
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await page.getByRole('group', { name: 'Start – Measures and services' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add note', exact: true }).count()).toBe(15);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.goto(page.url().replace('?lang=sv', ''));
    await page.getByRole('button', { name: 'Add note', exact: true }).first().waitFor();
    await page.context().close();
  });
});

describe('small screens and touch', () => {
  it('stacks the cells at 320 px without sideways scrolling, and works by touch', async () => {
    const context = await newPerson(browser, 'Aino', { viewport: { width: 320, height: 640 }, hasTouch: true });
    const page = await joinWorkshop(await context.newPage(), workshop.links.participant, 'Aino');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const first = await cell(page, CELL.startServices).boundingBox();
    const second = await cell(page, CELL.duringServices).boundingBox();
    expect(first?.x).toBe(second?.x);
    await cell(page, CELL.startServices).getByRole('button', { name: 'Lisää lappu', exact: true }).tap();
    await cell(page, CELL.startServices).getByRole('textbox').fill('Puhelimella');
    await cell(page, CELL.startServices).getByRole('button', { name: 'Valmis' }).tap();
    await expect.poll(() => notesIn(page, CELL.startServices).count()).toBe(3);
    await context.close();
  });
});

describe('access links', () => {
  it('explains a malformed or refused link instead of failing', async () => {
    const page = await open(`${server.url}/w/${workshop.id}#token=nonsense`);
    await page.getByRole('heading', { name: 'Linkki ei kelpaa' }).waitFor();
    // Well-formed but wrongly signed: the server refuses it, and the page says why.
    const forged = workshop.links.facilitator.replace(/\.[^.]+$/, '.AAAA');
    await page.goto(forged);
    await page.reload();
    await page.getByRole('heading', { name: 'Yhteys työpajaan katkaistiin' }).waitFor();
    await page.getByRole('main').getByText('Pääsyavain ei kelpaa. Pyydä fasilitaattorilta uusi linkki.').waitFor();
    // A forged participant link is refused before anyone types a name.
    await page.goto(workshop.links.participant.replace(/\.[^.]+$/, '.AAAA'));
    await page.reload();
    await page.getByRole('heading', { name: 'Linkki ei kelpaa' }).waitFor();
    await page.context().close();
  });
});
