import { mkdir } from 'node:fs/promises';
import {
  addAgreement,
  closeVote,
  createNote,
  type NoteId,
  notesInCell,
  openVote,
  setStage,
  startTimer,
} from '@avaa/board-model';
import type { Browser, Page } from 'playwright-core';
import { toString as qrSvg } from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { asFacilitator, isWhole, readType, shootInFiAndSv } from './support/projector.ts';
import {
  formWorkshopGroups,
  type Joined,
  joinPeople,
  openRoom,
  placeDotAs,
  presentGroup,
  seedGroupBoards,
} from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { waitLive } from './support/workshop.ts';

// Issue 13, points 4 and 9: the projector follows the workshop's stage. Joining (code, QR of the
// participant link, short address) at setup and whenever the facilitator shows it, the groups'
// progress during group work, the presenting group's board, a closed vote ranked, the
// agreements register while agreeing; a finished timer says so quietly and cuts no title.
const SHOTS = '/tmp/projector-shots';
const tokenOf = (link: string) => new URL(link).hash.slice('#token='.length);

let server: TestServer;
let people: Joined[] = [];
let browser: Browser;
let workshop: CreatedWorkshop & { joinCode: string };
let projector: Page;
let facilitator: Page;

const title = () => projector.getByRole('heading', { level: 1 }).innerText();

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = (await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä')) as typeof workshop;
  projector = await (await newPerson(browser, 'Videotykki', { viewport: { width: 1280, height: 720 } })).newPage();
  await projector.goto(workshop.links.projector);
  await waitLive(projector);
  facilitator = await (await newPerson(browser, 'Fasilitaattori')).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('the projector follows the stage', () => {
  it('shows how to join at setup: the code, the short address and a QR code of the participant link', async () => {
    const code = projector.locator('.projector-join__code [aria-hidden="true"]');
    await expect.poll(() => code.innerText()).toBe(workshop.joinCode.toUpperCase());
    expect(await projector.locator('.projector-join__address').innerText()).toBe(new URL(server.url).host);
    const expected = await qrSvg(workshop.links.participant, {
      type: 'svg',
      margin: 2,
      errorCorrectionLevel: 'M',
      color: { dark: '#000000', light: '#ffffff' },
    });
    const shown = await projector.getByRole('img', { name: /QR-koodi/ }).getAttribute('src');
    expect(decodeURIComponent((shown ?? '').replace(/^data:image\/svg\+xml;charset=utf-8,/, ''))).toBe(expected);
    // The projector's own link is read-only: the QR code is the participant link, not its own.
    expect(tokenOf(workshop.links.participant)).not.toBe(tokenOf(workshop.links.projector));
    await shootInFiAndSv(projector, 'joining', 'Gå med');
  });

  it('shows the groups’ progress during group work, and joining again when the facilitator asks', async () => {
    people = await joinPeople(
      server.url,
      workshop,
      ['Anna', 'Olli', 'Pekka', 'Saara', 'Mikko', 'Liisa'].map((name) => ({ name, role: 'core-staff' as const })),
    );
    const groups = await formWorkshopGroups(workshop, 3);
    await seedGroupBoards(
      workshop,
      groups,
      ['Matalan kynnyksen päivystys', 'Yhteinen ajanvaraus', 'Verkostopalaveri'],
      5,
    );
    await facilitator.getByRole('button', { name: 'Seuraava vaihe' }).click();
    await expect.poll(title).toBe('Ryhmien eteneminen');
    await expect.poll(() => projector.locator('.projector-group').count()).toBe(groups);
    await expect.poll(() => projector.locator('.projector-group').first().innerText()).toContain('5 lappua');
    await shootInFiAndSv(projector, 'overview', 'Gruppernas framsteg');

    const show = facilitator.getByRole('button', { name: 'Näytä liittymisohjeet videotykillä' });
    await show.click();
    await expect.poll(() => show.getAttribute('aria-pressed')).toBe('true');
    await projector.locator('.projector-join__code').waitFor();
    await facilitator.screenshot({ path: `${SHOTS}/facilitator-projector-control-fi-1366x768.png` });
    await show.click();
    await expect.poll(() => show.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(title).toBe('Ryhmien eteneminen');
  });

  it('shows the presenting group’s board with its whole title', async () => {
    await asFacilitator(workshop, 'workshop', (doc) => setStage(doc, 'presentations'));
    await presentGroup(workshop, 2);
    await expect.poll(title).toContain('Ryhmä 2 esittelee');
    await expect.poll(async () => (await readType(projector)).notes).toBe(5);
    expect(await isWhole(projector, '.projector__title')).toBe(true);
    await shootInFiAndSv(projector, 'presenting', 'Grupp 2 presenterar');
    await presentGroup(workshop, null);
  });

  it('ranks a closed vote at the common table', async () => {
    await asFacilitator(workshop, 'workshop', (doc) => setStage(doc, 'common-table'));
    const common = await openRoom(workshop, `${workshop.id}/plenary`, tokenOf(workshop.links.facilitator));
    for (const text of [
      'Nuorten raati kommentoi palvelupolkua',
      'Ei luukuttamista: saattaen vaihtaminen',
      'Verkostopalaveri\nKuntoutusasiakasohjausprosessi',
    ]) {
      createNote(common.doc, 'during:services', { text });
    }
    const [first, second, third] = notesInCell(common.doc, 'during:services').map((note) => note.id as NoteId);
    const vote = openVote(common.doc, { dotsPerPerson: 3 });
    if (!vote.ok) throw new Error(vote.error);
    // The dots go through the API, which reads the vote the server has committed.
    await common.saved();
    const voter = (n: number) => (people[n] as Joined).token;
    for (const [person, note] of [
      [1, second],
      [2, second],
      [3, second],
      [1, first],
      [2, third],
      [3, first],
    ] as const) {
      await placeDotAs(server.url, workshop, vote.value, voter(person), note as NoteId);
    }
    closeVote(common.doc, vote.value);
    await common.close();
    await expect.poll(title).toBe('Äänestyksen tulos');
    // As written, the line break kept; a long word hyphenated as on the table (soft hyphens).
    const shown = () =>
      projector
        .locator('.projector-result__text')
        .allInnerTexts()
        .then((texts) => texts.map((text) => text.replaceAll('\u00ad', '')));
    await expect
      .poll(shown)
      .toEqual([
        'Ei luukuttamista: saattaen vaihtaminen',
        'Nuorten raati kommentoi palvelupolkua',
        'Verkostopalaveri\nKuntoutusasiakasohjausprosessi',
      ]);
    expect(await projector.locator('.projector-result__text').last().textContent()).toContain('\u00ad');
    expect(await projector.locator('.projector-result__rank').allInnerTexts()).toEqual(['1.', '2.', '3.']);
    await shootInFiAndSv(projector, 'results', 'Omröstningens resultat');
    // The facilitator takes the table back onto the wall.
    await facilitator.getByRole('button', { name: 'Näytä taulukko videotykillä' }).click();
    await expect.poll(title).toBe('Ohjaamo Kotka – kehittämispäivä');
  });

  it('shows the agreements register live while the room agrees', async () => {
    await asFacilitator(workshop, 'workshop', (doc) => setStage(doc, 'agreements'));
    await expect.poll(title).toBe('Sopimukset');
    await asFacilitator(workshop, 'workshop', (doc) =>
      addAgreement(doc, 'decide-now', { text: 'Yhteinen ajanvaraus otetaan käyttöön', owner: 'Ohjaamon tiimi' }),
    );
    await projector.getByText('Yhteinen ajanvaraus otetaan käyttöön').waitFor();
    expect(await projector.getByRole('textbox').count()).toBe(0);
    const size = await projector
      .locator('.projector-agreement__text')
      .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(18);
    await shootInFiAndSv(projector, 'agreements', 'Överenskommelser');
  });

  it('says quietly that the time is up, keeps no large 00:00 and cuts no title', async () => {
    await asFacilitator(workshop, 'workshop', (doc) => setStage(doc, 'presentations'));
    await presentGroup(workshop, 1);
    await asFacilitator(workshop, 'workshop', (doc) => startTimer(doc, 60_000, Date.now() - 120_000));
    await projector.getByText('Aika päättyi').waitFor();
    expect(await projector.getByRole('timer').count()).toBe(0);
    expect(await projector.getByText('00:00').count()).toBe(0);
    await expect.poll(title).toContain('Ryhmä 1 esittelee');
    expect(await isWhole(projector, '.projector__title')).toBe(true);
    expect(await isWhole(projector, '.projector__subtitle')).toBe(true);
    await shootInFiAndSv(projector, 'timer-ended', 'Tiden är ute');
  });
});
