import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CELL, cell, noteTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { pathOf, personIdOf, placeInGroups } from './support/facilitation.ts';
import { seedCells } from './support/seedCells.ts';
import { joinPeople } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// Issue 15, point 4 (WCAG 2.4.3): after each of these, done by keyboard, focus is where a
// keyboard user expects it (the moved note, the new page's heading, the control that replaced
// the one pressed, the control that opened what closed), never lost to the page.
const BOOKING = 'Ajanvaraus verkossa';
const CHAT = 'Chat-palvelu iltaisin';
const PLAN = 'Yhteinen asiakassuunnitelma';

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let anna: Page;
let facilitator: Page;

/** Whether the locator's element is the focused one (polled: focus moves after a render). */
const hasFocus = (locator: Locator) => () =>
  locator.evaluate((element) => element === document.activeElement).catch(() => false);
/** What has focus, in words, for a failing test to say where it went. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return `${element.tagName} ${element.getAttribute('aria-label') ?? element.textContent?.slice(0, 40)}`;
  });

/** Focuses a control and presses a key on it, as a keyboard user does. */
async function press(locator: Locator, key = 'Enter'): Promise<void> {
  await locator.focus();
  await locator.press(key);
}

async function expectFocus(page: Page, locator: Locator): Promise<void> {
  await expect.poll(hasFocus(locator), { message: `focus is on ${await focused(page)}` }).toBe(true);
}

const handle = (page: Page, text: string) => page.getByRole('button', { name: `Siirrä lappua: ${text}` });
const actions = (page: Page, text: string) => page.getByRole('button', { name: `Lapun toiminnot: ${text}` });

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä');
  const [pekka] = await joinPeople(server.url, workshop, [{ name: 'Pekka', role: 'core-staff' }]);
  anna = await joinWorkshop(await (await newPerson(browser, 'Anna')).newPage(), workshop.links.participant, 'Anna');
  await placeInGroups(workshop, [
    { person: await personIdOf(anna, workshop), group: 1 },
    { person: pekka?.person.id as string, group: 2 },
  ]);
  await seedCells(workshop.sync.url, `${workshop.id}/group/1`, workshop.sync.tokens.facilitator as string, [
    { cell: 'start:services', text: BOOKING },
    { cell: 'start:services', text: CHAT },
    { cell: 'start:collaboration', text: PLAN },
  ]);
  await anna.goto(`${server.url}/w/${workshop.id}/group/1`);
  await waitLive(anna);
  await handle(anna, CHAT).waitFor();
  facilitator = await (await newPerson(browser, 'Fasilitaattori')).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('a note moved by keyboard', () => {
  it('"Move to…" takes focus into its form, and the move to the moved note', async () => {
    await press(actions(anna, CHAT));
    await press(anna.getByRole('button', { name: 'Siirrä…' }));
    const form = anna.getByRole('form', { name: 'Siirrä lappu' });
    await expectFocus(anna, form.getByRole('combobox', { name: 'Vaihe' }));
    await form.getByRole('combobox', { name: 'Vaihe' }).selectOption({ label: 'Asiakkuuden aikana' });
    await press(form.getByRole('button', { name: 'Siirrä', exact: true }));
    await expect.poll(() => noteTexts(anna, CELL.duringServices)).toEqual([CHAT]);
    await expectFocus(anna, cell(anna, CELL.duringServices).getByRole('button', { name: `Siirrä lappua: ${CHAT}` }));
  });

  it('"Move to…" cancelled returns focus to the button that opened it', async () => {
    await press(actions(anna, BOOKING));
    await press(anna.getByRole('button', { name: 'Siirrä…' }));
    await press(anna.getByRole('form', { name: 'Siirrä lappu' }).getByRole('button', { name: 'Peruuta' }));
    await expectFocus(anna, anna.getByRole('button', { name: 'Siirrä…' }));
    await anna.keyboard.press('Escape');
    await expectFocus(anna, actions(anna, BOOKING));
  });

  it('a keyboard drop into another cell keeps focus on the dropped note', async () => {
    const announced = () => anna.locator('[id^="DndLiveRegion"]').innerText();
    await press(handle(anna, BOOKING), 'Space');
    await expect.poll(announced).toMatch(/Tartuit|on solussa/);
    await anna.waitForTimeout(150);
    await anna.keyboard.press('ArrowDown');
    await anna.waitForTimeout(150);
    await anna.keyboard.press('Space');
    await expect.poll(() => noteTexts(anna, CELL.startCollaboration)).toEqual([BOOKING, PLAN]);
    await expectFocus(
      anna,
      cell(anna, CELL.startCollaboration).getByRole('button', { name: `Siirrä lappua: ${BOOKING}` }),
    );
  });
});

describe('the Undo toast', () => {
  it('keeps focus while it stays, and its Undo takes focus to the note it brought back', async () => {
    await press(actions(anna, PLAN));
    await press(anna.getByRole('button', { name: 'Poista' }));
    await expect.poll(() => noteTexts(anna, CELL.startCollaboration)).toEqual([BOOKING]);
    const undo = anna.getByRole('region', { name: 'Ilmoitukset' }).getByRole('button', { name: /^Kumoa/ });
    await undo.focus();
    // Longer than a toast's 10 s: it stays while focused, so focus is not lost with it.
    await anna.waitForTimeout(11_000);
    expect(await hasFocus(undo)()).toBe(true);
    await undo.press('Enter');
    await expect.poll(() => noteTexts(anna, CELL.startCollaboration)).toEqual([BOOKING, PLAN]);
    await expectFocus(anna, handle(anna, PLAN));
  });
});

describe('the workshop’s pages', () => {
  it('the way back to the facilitator’s view focuses that page’s heading and says the page', async () => {
    await press(anna.getByRole('button', { name: 'Palaa fasilitaattorin näkymään' }));
    await expect.poll(() => pathOf(anna)).toBe(`/w/${workshop.id}`);
    await expectFocus(anna, anna.getByRole('heading', { level: 1 }));
    await expect.poll(() => anna.locator('body > [role="status"]').textContent()).toMatch(/^Yhteinen taulukko – /);
  });

  const pages = [
    { link: 'Yleiskuva', path: '/overview', title: /^Yleiskuva – / },
    { link: 'Ihmiset ja ryhmät', path: '/people', title: /^Ihmiset ja ryhmät – / },
    { link: 'Sopimukset', path: '/agreements', title: /^Sopimukset – / },
    { link: 'Kierrokset', path: '/rounds', title: /^Kierrokset – / },
    { link: 'Yhteinen taulukko', path: '', title: /^Yhteinen taulukko – / },
  ];
  for (const { link, path, title } of pages) {
    it(`"${link}" focuses the new page’s heading and says the page`, async () => {
      const nav = facilitator.getByRole('navigation', { name: 'Työpajan sivut' });
      await press(nav.getByRole('link', { name: link }));
      await expect.poll(() => pathOf(facilitator)).toBe(`/w/${workshop.id}${path}`);
      const heading = facilitator.getByRole('heading', { level: 1 });
      await expectFocus(facilitator, heading);
      expect(await heading.getAttribute('tabindex')).toBe('-1');
      await expect.poll(() => facilitator.title()).toMatch(title);
      await expect.poll(() => facilitator.locator('body > [role="status"]').textContent()).toMatch(title);
    });
  }
});

describe('the facilitator’s controls', () => {
  const presentation = () => facilitator.getByRole('group', { name: 'Ryhmien esittely' });

  it('starting presentations focuses Next group; the last group, Stop; stopping, Start again', async () => {
    await press(presentation().getByRole('button', { name: 'Aloita ryhmien esittely' }));
    await expectFocus(facilitator, presentation().getByRole('button', { name: 'Seuraava ryhmä' }));
    await press(presentation().getByRole('button', { name: 'Seuraava ryhmä' }));
    await presentation().getByText('Ryhmä 2 esittelee').waitFor();
    await expectFocus(facilitator, presentation().getByRole('button', { name: 'Lopeta esittely' }));
    await press(presentation().getByRole('button', { name: 'Lopeta esittely' }));
    await expectFocus(facilitator, presentation().getByRole('button', { name: 'Aloita ryhmien esittely' }));
  });

  it('a timer preset closes its disclosure and returns focus to it', async () => {
    const timer = facilitator.getByRole('region', { name: 'Ajastin' });
    await press(timer.getByText('Aseta ajastin'));
    await press(
      timer.getByRole('group', { name: 'Käynnistä ajastin' }).getByRole('button', { name: '5 min', exact: true }),
    );
    await facilitator.getByRole('timer').first().waitFor();
    await expectFocus(facilitator, timer.getByText('Uusi aika'));
  });

  it('closing the merge preview or its result returns focus to the merge button', async () => {
    const tools = facilitator.getByRole('region', { name: 'Yhdistäminen' });
    const merge = tools.getByRole('button', { name: 'Yhdistä ryhmien laput' });
    await press(merge);
    await expectFocus(facilitator, tools.getByRole('heading', { name: 'Ennen yhdistämistä' }));
    await press(tools.getByRole('button', { name: 'Peruuta' }));
    await expectFocus(facilitator, merge);
    await press(merge);
    await press(tools.getByRole('button', { name: 'Yhdistä', exact: true }));
    await press(tools.getByRole('button', { name: 'Sulje', exact: true }));
    await expectFocus(facilitator, merge);
  });

  it('opening a vote focuses Close vote, and closing it Open vote', async () => {
    await press(facilitator.getByRole('button', { name: 'Avaa äänestys' }));
    await expectFocus(facilitator, facilitator.getByRole('button', { name: 'Sulje äänestys' }));
    await press(facilitator.getByRole('button', { name: 'Sulje äänestys' }));
    await expectFocus(facilitator, facilitator.getByRole('button', { name: 'Avaa äänestys' }));
  });

  it('applying the groups focuses the groups now in use', async () => {
    await press(
      facilitator.getByRole('navigation', { name: 'Työpajan sivut' }).getByRole('link', { name: 'Ihmiset ja ryhmät' }),
    );
    const groups = facilitator.getByRole('region', { name: 'Ryhmät', exact: true });
    await press(groups.getByRole('button', { name: 'Muodosta ehdotus' }));
    await press(groups.getByRole('button', { name: 'Ota ryhmät käyttöön' }));
    await groups.getByText('Ryhmät otettiin käyttöön.').waitFor();
    await expectFocus(facilitator, groups.getByRole('heading', { name: 'Nykyiset ryhmät' }));
  });
});
