import {
  CELL_IDS,
  createNote,
  isVisibleNote,
  type ParticipantRole,
  type PersonId,
  readAllNotes,
  readGroups,
  readPeople,
} from '@avaa/board-model';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote, CELL, cell, msUntil, plainTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type Joined, joinPeople, openRoom } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { fillJoinForm, joinWorkshop, ROLE, waitLive } from './support/workshop.ts';

// A 20-person workshop end to end: twenty people join through the join API (two of them in a
// browser, one by link and one by the join code), the facilitator forms five groups of four
// automatically, every group writes on its own table (stock Yjs clients with their personal
// tokens, the two browser people through the UI), the overview follows live, each group
// presents on the projector in turn, and the facilitator merges every note once.
/** Measured figures, printed with console.info at the end so the report can quote them. */
const figures: { what: string; ms: number }[] = [];
const timings = {
  record: (what: string, ms: number) => figures.push({ what, ms }),
  print() {
    const width = Math.max(0, ...figures.map((row) => row.what.length));
    const lines = figures.map((row) => `  ${row.what.padEnd(width)}  ${String(row.ms).padStart(5)} ms`);
    if (lines.length > 0) console.info(`Large workshop (20 people), ms:\n${lines.join('\n')}`);
  },
};

const ROLE_LABEL: Record<ParticipantRole, string> = {
  'core-staff': ROLE.coreStaff,
  'other-staff': ROLE.otherStaff,
  'network-partner': ROLE.networkPartner,
  'client-representative': ROLE.clientRepresentative,
  supervisor: ROLE.supervisor,
};

/** Who joins: 5 core staff, 5 other staff, 4 network partners, 3 client representatives, 3 supervisors. */
const PEOPLE: readonly { readonly name: string; readonly role: ParticipantRole }[] = [
  ...['Aino', 'Eero', 'Helmi', 'Ilmari', 'Kaisa'].map((name) => ({ name, role: 'core-staff' as const })),
  ...['Lauri', 'Minna', 'Niko', 'Oona', 'Pasi'].map((name) => ({ name, role: 'other-staff' as const })),
  ...['Riikka', 'Santeri', 'Tiina', 'Ukko'].map((name) => ({ name, role: 'network-partner' as const })),
  ...['Venla', 'Vilja', 'Wiljami'].map((name) => ({ name, role: 'client-representative' as const })),
  ...['Jaana', 'Kari', 'Leena'].map((name) => ({ name, role: 'supervisor' as const })),
];
/** Minna opens the participant link; Venla types the join code on the start page. */
const BY_LINK = 'Minna';
const BY_CODE = 'Venla';
const IN_BROWSER = new Set([BY_LINK, BY_CODE]);

/** The one note each person writes on their group's table (unique, so each can be traced). */
const noteOf = (name: string) => `${name}: ehdotus palvelupolun parantamiseksi`;

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let facilitator: Page;
let projector: Page;
let workshopRoom: Awaited<ReturnType<typeof openRoom>>;
const contexts: BrowserContext[] = [];
const pages = new Map<string, Page>();
/** Everyone who joined through the API (the stock-client people), by name. */
const joinedByName = new Map<string, Joined>();
/** Person name -> group number, read from the workshop room once the groups are applied. */
const groupByName = new Map<string, number>();

const page = (name: string) => pages.get(name) as Page;
const membersOf = (group: number) => PEOPLE.filter(({ name }) => groupByName.get(name) === group);
const notesOfGroup = (group: number) => membersOf(group).map(({ name }) => noteOf(name));

async function context(name: string, viewport?: { width: number; height: number }): Promise<BrowserContext> {
  const created = await newPerson(browser, name, viewport ? { viewport } : {});
  contexts.push(created);
  return created;
}

/** Follows a link of the workshop's navigation, as a person would. */
async function go(on: Page, link: string | RegExp): Promise<void> {
  await on.getByRole('navigation', { name: 'Työpajan sivut' }).getByRole('link', { name: link }).click();
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Tampere – iso kehittämispäivä');
  workshopRoom = await openRoom(workshop, `${workshop.id}/workshop`, workshop.sync.tokens.facilitator as string);
  facilitator = await (await context('Fasilitaattori')).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
  await go(facilitator, 'Ihmiset ja ryhmät');
});

afterAll(async () => {
  timings.print();
  await workshopRoom?.close();
  for (const created of contexts) await created.close().catch(() => undefined);
  await browser?.close();
  await server?.dispose();
});

describe('a workshop of twenty people', () => {
  it('lets twenty people join with their roles, two in a browser (by link and by code)', async () => {
    const since = Date.now();
    const byApi = joinPeople(
      server.url,
      workshop,
      PEOPLE.filter(({ name }) => !IN_BROWSER.has(name)),
    ).then((joined) => {
      for (const entry of joined) joinedByName.set(entry.person.name, entry);
      timings.record('18 people join through the API, one after another', Date.now() - since);
    });
    const byLink = (async () => {
      const role = ROLE_LABEL['other-staff'];
      pages.set(
        BY_LINK,
        await joinWorkshop(await (await context(BY_LINK)).newPage(), workshop.links.participant, BY_LINK, role),
      );
    })();
    const byCode = (async () => {
      const venla = await (await context(BY_CODE)).newPage();
      await venla.goto(`${server.url}/`);
      const code = (workshop as CreatedWorkshop & { joinCode: string }).joinCode;
      await venla.getByRole('textbox', { name: 'Työpajan koodi' }).fill(code.toUpperCase());
      await venla.getByRole('button', { name: 'Jatka' }).click();
      await fillJoinForm(venla, BY_CODE, ROLE_LABEL['client-representative']);
      await waitLive(venla);
      pages.set(BY_CODE, venla);
    })();
    await Promise.all([byApi, byLink, byCode]);

    const list = facilitator.getByRole('region', { name: /^Osallistujat/ });
    await expect.poll(() => list.getByRole('heading').innerText(), { timeout: 15_000 }).toBe('Osallistujat (20)');
    timings.record('20 people join (API + 2 browsers) -> facilitator sees 20', Date.now() - since);
    expect(joinedByName.size).toBe(18);

    // Everyone is in the workshop room with the role they chose.
    const people = readPeople(workshopRoom.doc);
    expect(people.map((person) => [person.name, person.role]).sort()).toEqual(
      PEOPLE.map(({ name, role }) => [name, role]).sort(),
    );
    expect(await facilitator.getByRole('combobox', { name: `Rooli: ${BY_CODE}` }).inputValue()).toBe(
      'client-representative',
    );
    expect(await facilitator.getByRole('combobox', { name: `Rooli: ${BY_LINK}` }).inputValue()).toBe('other-staff');
  });

  it('forms five groups of four automatically, following the method', async () => {
    const groups = facilitator.getByRole('region', { name: 'Ryhmät', exact: true });
    // 20 people: no advice to stay at one common table.
    expect(await groups.getByText('Menetelmä suosittelee, että alle 10 hengen joukko').count()).toBe(0);
    await groups.getByRole('radio', { name: 'noin 4 henkeä' }).check();
    await groups.getByRole('button', { name: 'Muodosta ehdotus' }).click();
    const proposal = groups.getByRole('region', { name: 'Ehdotus: 5 ryhmää' });
    await proposal.waitFor();
    await proposal.getByText('Ryhmät noudattavat menetelmän suosituksia.').waitFor();
    expect(await proposal.locator('.group-card').count()).toBe(5);
    await proposal.getByRole('button', { name: 'Ota ryhmät käyttöön' }).click();
    await groups.getByText('Ryhmät otettiin käyttöön.').waitFor();
    await groups.getByText('Ryhmät noudattavat menetelmän suosituksia.').waitFor();

    // The workshop room, read by a plain client: five groups of four, as the method recommends.
    await expect.poll(() => readGroups(workshopRoom.doc).length).toBe(5);
    const people = readPeople(workshopRoom.doc);
    const byId = new Map(people.map((person) => [person.id, person]));
    const live = readGroups(workshopRoom.doc);
    expect(live.map((group) => group.number)).toEqual([1, 2, 3, 4, 5]);
    for (const group of live) {
      const members = group.members.map((id) => byId.get(id) as (typeof people)[number]);
      expect(members.length).toBe(4);
      expect(members.filter((member) => member.role === 'core-staff').length).toBeGreaterThanOrEqual(1);
      // Client representatives spread out: three of them in five groups, never two together.
      const representatives = members.filter((member) => member.role === 'client-representative');
      expect(representatives.length).toBeLessThanOrEqual(1);
      for (const representative of representatives) {
        const contact = byId.get(representative.contact as PersonId);
        expect(contact?.group, `${representative.name}'s contact person is in the group`).toBe(group.number);
        expect(['core-staff', 'other-staff', 'supervisor']).toContain(contact?.role);
        expect(
          await facilitator.getByRole('combobox', { name: `Yhteyshenkilö: ${representative.name}` }).inputValue(),
        ).toBe(contact?.id);
      }
      for (const member of members) groupByName.set(member.name, group.number);
    }
    expect(groupByName.size).toBe(20);

    // Both browser people are offered their own group's table.
    for (const name of IN_BROWSER) {
      await page(name)
        .getByRole('navigation', { name: 'Työpajan sivut' })
        .getByRole('link', { name: /Oma ryhmä/ })
        .waitFor();
    }
  });

  it('lets every group write on its own table and shows all five live on the overview', async () => {
    // Venla writes through the UI on her group's table, then follows the overview.
    const venla = page(BY_CODE);
    await go(venla, /Oma ryhmä/);
    await waitLive(venla);
    await addNote(venla, CELL.startServices, noteOf(BY_CODE));
    await expect
      .poll(() => plainTexts(cell(venla, CELL.startServices).locator('.note__text')))
      .toEqual([noteOf(BY_CODE)]);
    await go(venla, 'Yleiskuva');
    const summaries = venla.locator('[data-group]');
    await expect.poll(() => summaries.count()).toBe(5);

    // Eighteen stock clients, each with their own personal token, write on their group's room.
    await Promise.all(
      PEOPLE.filter(({ name }) => !IN_BROWSER.has(name)).map(async ({ name }, i) => {
        const group = groupByName.get(name) as number;
        const joined = joinedByName.get(name) as Joined;
        const room = await openRoom(workshop, `${workshop.id}/group/${group}`, joined.token);
        createNote(room.doc, CELL_IDS[i % CELL_IDS.length] ?? 'start:services', { text: noteOf(name) });
        await expect.poll(() => room.connection.savedState.getSnapshot(), { timeout: 10_000 }).toBe('saved');
        await room.close();
      }),
    );

    // Minna writes through the UI; Venla's overview shows it while she is still typing.
    const minna = page(BY_LINK);
    const minnasGroup = groupByName.get(BY_LINK) as number;
    await go(minna, /Oma ryhmä/);
    await waitLive(minna);
    const minnasCell = cell(minna, CELL.duringServices);
    await minnasCell.getByRole('button', { name: 'Lisää lappu', exact: true }).click();
    const since = Date.now();
    await minnasCell.getByRole('textbox').fill(noteOf(BY_LINK));
    const summary = (group: number) => venla.locator(`[data-group="${group}"]`);
    const ms = await msUntil(
      async () => (await summary(minnasGroup).innerText()).includes(noteOf(BY_LINK)),
      since,
      10_000,
    );
    timings.record('group edit (typing) -> overview on another screen', ms);
    await minnasCell.getByRole('textbox').press('Enter');

    // Every group's count on the overview, and its members by name.
    for (let group = 1; group <= 5; group++) {
      await expect
        .poll(() => summary(group).locator('.group-summary__total').innerText(), { timeout: 15_000 })
        .toBe(`Lappuja: ${membersOf(group).length}`);
      const members = await summary(group)
        .getByRole('list', { name: `Ryhmän ${group} jäsenet` })
        .innerText();
      for (const { name } of membersOf(group)) expect(members).toContain(name);
    }
    expect(await summaries.count()).toBe(5);
  });

  it('shows each group on the projector as the facilitator presents groups 1 to 5', async () => {
    projector = await (await context('Videotykki', { width: 1920, height: 1080 })).newPage();
    await projector.goto(workshop.links.projector);
    await waitLive(projector);
    const title = projector.getByRole('heading', { level: 1 });
    // At setup the projector shows how to join, under the workshop's title.
    expect(await title.innerText()).toBe('Ohjaamo Tampere – iso kehittämispäivä');

    await go(facilitator, 'Yhteinen taulukko');
    await facilitator.getByRole('button', { name: 'Aloita ryhmien esittely' }).click();
    const projected = async () => (await plainTexts(projector.locator('.projector-note__text'))).sort();
    for (let group = 1; group <= 5; group++) {
      if (group > 1) await facilitator.getByRole('button', { name: 'Seuraava ryhmä' }).click();
      await expect.poll(() => title.innerText()).toContain(`Ryhmä ${group} esittelee`);
      await expect.poll(projected, { timeout: 10_000 }).toEqual(notesOfGroup(group).sort());
    }
    expect(await facilitator.getByRole('button', { name: 'Seuraava ryhmä' }).isDisabled()).toBe(true);
    await facilitator.getByRole('button', { name: 'Lopeta esittely' }).click();
    // Between presentations the projector shows every group's progress.
    await expect.poll(() => title.innerText()).toBe('Ryhmien eteneminen');
  });

  it('merges every group note exactly once, with its group, and merging again changes nothing', async () => {
    const everyNote = PEOPLE.map(({ name }) => noteOf(name)).sort();
    const merge = facilitator.getByRole('button', { name: 'Yhdistä ryhmien laput' });
    const result = facilitator.locator('.merge-result');
    let since = Date.now();
    await merge.click();
    await facilitator.getByRole('button', { name: 'Yhdistä', exact: true }).click({ timeout: 20_000 });
    await result.getByRole('heading', { name: '5 ryhmän laput yhdistetty' }).waitFor({ timeout: 20_000 });
    timings.record('merge 5 group boards (click -> summary)', Date.now() - since);
    expect(await result.locator('[data-count="added"]').innerText()).toBe('20 uutta lappua');

    // The common table, read by a plain client: every note once, each from its own group.
    const plenary = await openRoom(workshop, workshop.sync.board, workshop.sync.tokens.viewer as string);
    try {
      const visible = () => readAllNotes(plenary.doc).filter(isVisibleNote);
      await expect.poll(() => visible().length).toBe(20);
      expect(
        visible()
          .map((note) => note.text)
          .sort(),
      ).toEqual(everyNote);
      for (const note of visible()) {
        const name = note.text.slice(0, note.text.indexOf(':'));
        expect(note.sources.map((source) => source.group)).toEqual([groupByName.get(name)]);
      }

      // The facilitator's table shows them with their group's chip.
      const shown = async () => (await plainTexts(facilitator.locator('main .note__text'))).sort();
      await expect.poll(shown).toEqual(everyNote);
      for (const { name } of PEOPLE) {
        const note = facilitator
          .locator('main li')
          .filter({ has: facilitator.getByText(noteOf(name), { exact: true }) });
        expect(
          await note
            .locator('.note-provenance')
            .getByText(`Ryhmä ${groupByName.get(name)}`)
            .count(),
        ).toBe(1);
      }

      // Merging again changes nothing.
      since = Date.now();
      await merge.click();
      await result.getByRole('heading', { name: /^Ei uutta yhdistettävää/ }).waitFor({ timeout: 20_000 });
      timings.record('merge again, nothing new', Date.now() - since);
      expect(await result.locator('[data-count="added"]').innerText()).toBe('0 uutta lappua');
      expect(await result.locator('[data-count="unchanged"]').innerText()).toBe('20 ennallaan');
      expect(visible().length).toBe(20);
      expect(readAllNotes(plenary.doc).length).toBe(20);
      expect(await shown()).toEqual(everyNote);
    } finally {
      await plenary.close();
    }
  });
});
