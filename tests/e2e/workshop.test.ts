import { createNote } from '@avaa/board-model';
import { connectBoard } from '@avaa/sync-client';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seriousViolations } from './support/axe.ts';
import { addNote, CELL, type CellName, cell, msUntil, notesIn, noteTexts, plainTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { createTimings } from './support/timings.ts';
import { fillJoinForm, joinWorkshop, ROLE, waitLive } from './support/workshop.ts';

// A whole workshop in one browser: a facilitator and six participants join (one by code), the
// facilitator forms three groups, each group fills its own table, everyone follows the overview
// live, the groups present on the projector, and the facilitator merges their notes into the
// common table (once, idempotently, undoable in one step).
const timings = createTimings('Workshop, ms:');

const CELLS = {
  beforeServices: { phase: 'Ennen asiakkuuden alkua', dimension: 'Toimenpiteet ja palvelut' },
  startParticipation: { phase: 'Alkuvaihe', dimension: 'Asiakkaan osallisuus ja toimijuus' },
  duringCollaboration: { phase: 'Asiakkuuden aikana', dimension: 'Työntekijöiden ja monialainen yhteistyö' },
} as const satisfies Record<string, CellName>;

/** Who joins, their role, and the group the facilitator puts them in (three groups of two). */
const PEOPLE = [
  { name: 'Anna', role: ROLE.coreStaff, group: 1 },
  { name: 'Emma', role: ROLE.clientRepresentative, group: 1 },
  { name: 'Pekka', role: ROLE.coreStaff, group: 2 },
  { name: 'Sari', role: ROLE.otherStaff, group: 2 },
  { name: 'Olli', role: ROLE.coreStaff, group: 3 },
  { name: 'Jussi', role: ROLE.networkPartner, group: 3 },
] as const;
type Name = (typeof PEOPLE)[number]['name'];

/** Every note a group writes: [who, cell, text]. */
const GROUP_NOTES: readonly [Name, CellName, string][] = [
  ['Anna', CELL.startServices, 'Matalan kynnyksen päivystys'],
  ['Emma', CELLS.startParticipation, 'Nuorten raati kommentoi palvelupolkua'],
  ['Pekka', CELL.startServices, 'Matalan kynnyksen päivystys tiistaisin'],
  ['Sari', CELLS.duringCollaboration, 'Yhteinen ajanvaraus kaikille ammattilaisille'],
  ['Olli', CELLS.beforeServices, 'Some-kanavat ja nuorten oma viestintä'],
];

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let facilitator: Page;
let projector: Page;
const pages = new Map<Name, Page>();
const contexts: BrowserContext[] = [];

const person = (name: Name) => pages.get(name) as Page;

async function context(name: string, viewport?: { width: number; height: number }): Promise<BrowserContext> {
  const created = await newPerson(browser, name, viewport ? { viewport } : {});
  contexts.push(created);
  return created;
}

/** Follows a link of the workshop's navigation, as a person would. */
async function go(page: Page, link: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Työpajan sivut' }).getByRole('link', { name: link }).click();
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Lahti – kehittämispäivä');
  facilitator = await (await context('Fasilitaattori')).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
});

afterAll(async () => {
  timings.print();
  await browser?.close();
  await server?.dispose();
});

describe('a workshop with breakout groups', () => {
  it('lets six people join with their roles, one of them by the join code', async () => {
    const joined = PEOPLE.slice(0, 5).map(async ({ name, role }) => {
      pages.set(
        name,
        await joinWorkshop(await (await context(name)).newPage(), workshop.links.participant, name, role),
      );
    });
    // Jussi types the code on the start page instead of scanning the QR code.
    const byCode = (async () => {
      const page = await (await context('Jussi')).newPage();
      await page.goto(`${server.url}/`);
      const code = (workshop as CreatedWorkshop & { joinCode: string }).joinCode;
      await page.getByRole('textbox', { name: 'Työpajan koodi' }).fill(code.toUpperCase());
      await page.getByRole('button', { name: 'Jatka' }).click();
      await fillJoinForm(page, 'Jussi', ROLE.networkPartner);
      await waitLive(page);
      pages.set('Jussi', page);
    })();
    await Promise.all([...joined, byCode]);

    await go(facilitator, 'Ihmiset ja ryhmät');
    const list = facilitator.getByRole('region', { name: /^Osallistujat/ });
    await expect.poll(() => list.getByRole('heading').innerText()).toBe('Osallistujat (6)');
    for (const { name } of PEOPLE) {
      const row = list.locator('.person').filter({ has: facilitator.locator('.person__name', { hasText: name }) });
      await expect.poll(() => row.locator('.presence-marker').innerText()).toBe('paikalla');
    }
    expect(await facilitator.getByRole('combobox', { name: 'Rooli: Jussi' }).inputValue()).toBe('network-partner');
  });

  it('suggests one common table under 10 people, proposes groups and takes groups made by hand', async () => {
    const groups = facilitator.getByRole('region', { name: 'Ryhmät', exact: true });
    await groups
      .getByText('Menetelmä suosittelee, että alle 10 hengen joukko täyttää yhden yhteisen taulukon')
      .waitFor();
    await groups.getByRole('radio', { name: 'noin 3 henkeä' }).check();
    await groups.getByRole('button', { name: 'Muodosta ehdotus' }).click();
    await groups.getByRole('heading', { name: 'Ehdotus: 2 ryhmää' }).waitFor();
    await groups.getByRole('button', { name: 'Ota ryhmät käyttöön' }).click();
    await groups.getByText('Ryhmät otettiin käyttöön.').waitFor();

    // Then three groups of two, by hand: moving someone into "new group" opens it.
    for (const group of [1, 2, 3]) {
      for (const { name } of PEOPLE.filter((p) => p.group === group)) {
        const select = facilitator.getByRole('combobox', { name: `Ryhmä: ${name}` });
        const option = (await select.locator('option', { hasText: `Ryhmä ${group}` }).count()) > 0;
        await select.selectOption({ label: option ? `Ryhmä ${group}` : `Uusi ryhmä (${group})` });
        await expect.poll(() => select.inputValue()).toBe(String(group));
      }
    }
    // The method's rules are checked live and explained in words.
    await groups.getByText('Ryhmän 1 koko on vain 2; keskustelu sujuu paremmin').waitFor();
    expect(await facilitator.getByRole('combobox', { name: 'Yhteyshenkilö: Emma' }).inputValue()).not.toBe('');
    expect(await seriousViolations(facilitator)).toEqual([]);
    // Everyone's navigation now offers their own group's table.
    await expect
      .poll(() =>
        person('Jussi')
          .getByRole('link', { name: /Oma ryhmä/ })
          .count(),
      )
      .toBe(1);
  });

  it('lets each group write on its own table, and nobody else', async () => {
    for (const name of ['Anna', 'Emma', 'Pekka', 'Sari', 'Olli'] as const) await go(person(name), /Oma ryhmä/);
    await Promise.all(
      GROUP_NOTES.map(async ([name, cell, text]) => {
        await waitLive(person(name));
        await addNote(person(name), cell, text);
      }),
    );
    await expect.poll(() => noteTexts(person('Emma'), CELL.startServices)).toEqual(['Matalan kynnyksen päivystys']);
    expect(await person('Anna').getByRole('heading', { level: 1 }).innerText()).toContain('Ryhmä 1');
    expect(await seriousViolations(person('Pekka'))).toEqual([]);

    // Anna opens group 2's table: read-only, said in words.
    const anna = person('Anna');
    await anna.goto(`${server.url}/w/${workshop.id}/group/2`);
    await anna.getByText('Ryhmän 2 taulu — vain luku').waitFor();
    await expect.poll(() => noteTexts(anna, CELL.startServices)).toEqual(['Matalan kynnyksen päivystys tiistaisin']);
    expect(await anna.getByRole('button', { name: 'Lisää lappu' }).count()).toBe(0);
    expect(await seriousViolations(anna)).toEqual([]);

    // And the server refuses her writes there even from a plain Yjs client with her token.
    const stored = await anna.evaluate((id) => localStorage.getItem(`avaa:person:${id}`), workshop.id);
    const token = (JSON.parse(stored ?? '{}') as { token: string }).token;
    const doc = new Y.Doc();
    const sneaky = connectBoard({ url: workshop.sync.url, board: `${workshop.id}/group/2`, token, doc });
    await expect.poll(() => sneaky.status.getSnapshot().state).toBe('live');
    createNote(doc, 'start:services', { text: 'Ei kuulu tänne' });
    await person('Pekka').waitForTimeout(500);
    expect(await noteTexts(person('Pekka'), CELL.startServices)).toEqual(['Matalan kynnyksen päivystys tiistaisin']);
    sneaky.destroy();
    await go(anna, /Oma ryhmä/);
  });

  it('shows every group live on the overview', async () => {
    const emma = person('Emma');
    await go(emma, 'Yleiskuva');
    const group2 = emma.locator('[data-group="2"]');
    await expect.poll(() => group2.innerText()).toContain('Matalan kynnyksen päivystys tiistaisin');
    expect(await emma.locator('[data-group]').count()).toBe(3);
    await expect.poll(() => emma.locator('[data-group="3"]').innerText()).toContain('Lappuja: 1');

    const sari = cell(person('Sari'), CELL.duringServices);
    await sari.getByRole('button', { name: 'Lisää lappu', exact: true }).click();
    const since = Date.now();
    await sari.getByRole('textbox').fill('Saattaen vaihtaminen');
    const ms = await msUntil(async () => (await group2.innerText()).includes('Saattaen vaihtaminen'), since, 3000);
    timings.record('group edit -> overview on another screen', ms);
    await sari.getByRole('textbox').press('Enter');
    await expect.poll(() => group2.innerText()).toContain('Lappuja: 3');
    expect(await seriousViolations(emma)).toEqual([]);

    // A click opens that board, read-only for a non-member.
    await group2.getByRole('link', { name: /Ryhmä 2/ }).click();
    await emma.getByText('Ryhmän 2 taulu — vain luku').waitFor();
    await go(emma, /Oma ryhmä/);
  });

  it('follows the presenting group on the projector and on participants’ screens', async () => {
    projector = await (await context('Videotykki', { width: 1920, height: 1080 })).newPage();
    await projector.goto(workshop.links.projector);
    await waitLive(projector);
    const title = projector.getByRole('heading', { level: 1 });
    expect(await title.innerText()).toBe('Ohjaamo Lahti – kehittämispäivä');

    await go(facilitator, 'Yhteinen taulukko');
    await facilitator.getByRole('button', { name: 'Aloita ryhmien esittely' }).click();
    await expect.poll(() => title.innerText()).toContain('Ryhmä 1 esittelee');
    await expect
      .poll(() => plainTexts(notesIn(projector, CELL.startServices)))
      .toEqual(['Matalan kynnyksen päivystys']);
    // Jussi (group 3) follows by default.
    const jussi = person('Jussi');
    await expect.poll(() => new URL(jussi.url()).pathname).toBe(`/w/${workshop.id}/group/1`);
    await jussi.getByText('Ryhmän 1 taulu — vain luku').waitFor();

    await facilitator.getByRole('button', { name: 'Seuraava ryhmä' }).click();
    await expect.poll(() => title.innerText()).toContain('Ryhmä 2 esittelee');
    await expect.poll(() => new URL(jussi.url()).pathname).toBe(`/w/${workshop.id}/group/2`);
    expect(await seriousViolations(projector)).toEqual([]);

    // Jussi stops following; the next group no longer moves his screen.
    await jussi.getByRole('checkbox', { name: 'Seuraa fasilitaattoria' }).uncheck();
    await facilitator.getByRole('button', { name: 'Seuraava ryhmä' }).click();
    await expect.poll(() => title.innerText()).toContain('Ryhmä 3 esittelee');
    await jussi.waitForTimeout(300);
    expect(new URL(jussi.url()).pathname).toBe(`/w/${workshop.id}/group/2`);

    // Between presentations the projector follows the stage: the groups' progress.
    await facilitator.getByRole('button', { name: 'Lopeta esittely' }).click();
    await expect.poll(() => title.innerText()).toBe('Ryhmien eteneminen');
  });

  it('merges every group note once, with its group, idempotently and undoably in one step', async () => {
    const merge = facilitator.getByRole('button', { name: 'Yhdistä ryhmien laput' });
    const result = facilitator.locator('.merge-result');
    let since = Date.now();
    await merge.click();
    // First a preview: per group and cell what comes, to confirm.
    const preview = facilitator.getByRole('region', { name: 'Ennen yhdistämistä' });
    await preview.getByText('Yhteiseen taulukkoon tulee 6 uutta lappua').waitFor();
    await preview.getByRole('button', { name: 'Yhdistä', exact: true }).click();
    await result.getByRole('heading', { name: '3 ryhmän laput yhdistetty' }).waitFor();
    timings.record('merge 3 group boards (click -> summary)', Date.now() - since);
    expect(await result.locator('[data-count="added"]').innerText()).toBe('6 uutta lappua');

    const everyNote = [...GROUP_NOTES.map(([, , text]) => text), 'Saattaen vaihtaminen'].sort();
    const plenaryTexts = async () => (await plainTexts(facilitator.locator('main .note__text'))).sort();
    await expect.poll(plenaryTexts).toEqual(everyNote);
    const pekkasNote = notesIn(facilitator, CELL.startServices).filter({ hasText: 'tiistaisin' });
    expect(await pekkasNote.getByText('Ryhmä 2', { exact: true }).count()).toBe(1);
    // Everyone on the common table sees the merge live, with the chips.
    await go(person('Olli'), 'Yhteinen taulukko');
    await expect
      .poll(async () => (await plainTexts(person('Olli').locator('main .note__text'))).sort())
      .toEqual(everyNote);

    // Merging again changes nothing.
    since = Date.now();
    await merge.click();
    await result.getByRole('heading', { name: /^Ei uutta yhdistettävää/ }).waitFor();
    timings.record('merge again, nothing new', Date.now() - since);
    expect(await result.locator('[data-count="unchanged"]').innerText()).toBe('6 ennallaan');
    expect(await plenaryTexts()).toEqual(everyNote);

    // One undo takes the whole merge away.
    await facilitator.getByRole('button', { name: 'Kumoa', exact: true }).click();
    await expect.poll(plenaryTexts).toEqual([]);
    await expect.poll(async () => person('Olli').locator('main .note__text').count()).toBe(0);
  });

  it('proposes a stack for the same service from two groups, and the stack lists its notes', async () => {
    await facilitator.getByRole('button', { name: 'Yhdistä ryhmien laput' }).click();
    await facilitator.getByRole('button', { name: 'Yhdistä', exact: true }).click();
    await facilitator.locator('.merge-result').getByText('6 uutta lappua').waitFor();
    // Open the proposals; opened again if the tools were drawn anew meanwhile (seen once in CI
    // under load, the list closed by itself: noted in issue 19's closing note).
    const proposals = facilitator.getByRole('button', { name: 'Pinoehdotuksia: 1' });
    const accept = facilitator.getByRole('button', { name: 'Pinoa' });
    await expect
      .poll(async () => {
        if ((await proposals.getAttribute('aria-expanded')) !== 'true') await proposals.click();
        return accept.isVisible();
      })
      .toBe(true);
    await accept.click();
    const stack = notesIn(facilitator, CELL.startServices).first();
    await expect.poll(() => plainTexts(stack.locator('.note__text'))).toEqual(['Matalan kynnyksen päivystys']);
    await stack.getByRole('button', { name: 'Pino: 2 lappua' }).click();
    await expect.poll(() => stack.innerText()).toContain('Matalan kynnyksen päivystys tiistaisin');
    // The note's menu says where its notes came from.
    await stack.getByRole('button', { name: /^Lapun toiminnot/ }).click();
    const sources = facilitator.getByRole('region', { name: 'Lähteet' });
    await expect.poll(() => sources.innerText()).toContain('Ryhmä 2: Matalan kynnyksen päivystys tiistaisin');
    expect(await seriousViolations(facilitator)).toEqual([]);
  });

  it('tells a removed person so at once, and explains that joining is closed', async () => {
    await go(facilitator, 'Ihmiset ja ryhmät');
    await facilitator.getByRole('button', { name: 'Poista: Jussi' }).click();
    await facilitator.getByRole('button', { name: 'Poista Jussi' }).click();
    await facilitator.getByRole('status').filter({ hasText: 'Jussi poistettiin työpajasta.' }).waitFor();
    const jussi = person('Jussi');
    await jussi.getByRole('heading', { name: 'Sinut on poistettu työpajasta' }).waitFor();
    await facilitator.getByRole('checkbox', { name: 'Uudet osallistujat voivat liittyä' }).uncheck();
    await jussi.getByRole('button', { name: 'Liity uudelleen' }).click();
    await fillJoinForm(jussi, 'Jussi', ROLE.networkPartner);
    await jussi.getByRole('heading', { name: 'Liittyminen on suljettu' }).waitFor();
  });
});
