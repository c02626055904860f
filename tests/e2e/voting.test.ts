import { mkdirSync } from 'node:fs';
import { setProjectorView, setStage } from '@avaa/board-model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { type CellName, cell, plainTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { asFacilitator } from './support/projector.ts';
import { type SeedNote, seedCells } from './support/seedCells.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// Dot voting on the common table and seeing its gaps: the facilitator opens a vote with two dots
// each, two participants place and take back dots (a third is impossible), the projector follows
// the count, closing shows everyone the results in order (an anonymous vote names nobody), and
// the heat view, blind-spot marks and the kind filter work, with axe clean while a vote is open.
const SHOTS = '/tmp/voting-shots';

const START_SERVICES: CellName = { phase: 'Alkuvaihe', dimension: 'Toimenpiteet ja palvelut' };
const FOLLOWUP_COLLABORATION: CellName = {
  phase: 'Seurantavaihe',
  dimension: 'Työntekijöiden ja monialainen yhteistyö',
};
const START_PARTICIPATION: CellName = { phase: 'Alkuvaihe', dimension: 'Asiakkaan osallisuus ja toimijuus' };

const DUTY = 'Matalan kynnyksen päivystys';
const BOOKING = 'Yhteinen ajanvaraus kaikille';
const EVENINGS = 'Iltapäivystys puuttuu';

/** Nine cells of three notes, one thin cell of one note, the participation row empty (median 3). */
function seed(): SeedNote[] {
  const filler = ['Some-kanavat', 'Parityö', 'Verkostopalaveri viikoittain', 'Saattaen vaihtaminen'];
  const full = [
    'before:services',
    'during:services',
    'ending:services',
    'followup:services',
    'before:collaboration',
    'start:collaboration',
    'during:collaboration',
    'ending:collaboration',
  ] as const;
  return [
    { cell: 'start:services', text: DUTY },
    { cell: 'start:services', text: BOOKING },
    { cell: 'start:services', text: EVENINGS, kind: 'gap' },
    ...full.flatMap((target, index) =>
      [0, 1, 2].map((n) => ({
        cell: target,
        text: `${filler[(index + n) % filler.length]} ${index + 1}.${n + 1}`,
        ...(n === 2 && index % 3 === 0 ? { kind: 'idea' as const } : {}),
      })),
    ),
    { cell: 'followup:collaboration', text: 'Palautekysely kolmen kuukauden päästä' },
  ];
}

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let facilitator: Page;
let anna: Page;
let olli: Page;
let projector: Page;

async function page(name: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  return (await newPerson(browser, name, { viewport })).newPage();
}

const tools = () => facilitator.getByRole('region', { name: 'Pisteäänestys' });
const place = (on: Page, note: string) => on.getByRole('button', { name: `Anna piste lapulle: ${note}` });
const takeBack = (on: Page, note: string) => on.getByRole('button', { name: `Ota takaisin piste lapulta: ${note}` });
const noteItem = (on: Page, note: string) =>
  cell(on, START_SERVICES)
    .getByRole('listitem')
    .filter({ has: on.locator('.note__text', { hasText: note }) });
const bar = (on: Page) => on.getByRole('region', { name: 'Äänestys' }).getByRole('status');
const results = (on: Page) => on.getByRole('list', { name: 'Lappujen järjestys pisteiden mukaan' });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Äänestystesti');
  await seedCells(workshop.sync.url, workshop.sync.board, workshop.sync.tokens.facilitator as string, seed());
  // Votes belong to the common table's stage (the projector shows the table then).
  await asFacilitator(workshop, 'workshop', (doc) => setStage(doc, 'common-table'));
  facilitator = await page('Fasilitaattori');
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
  const join = async (name: string) => joinWorkshop(await page(name), workshop.links.participant, name);
  [anna, olli] = await Promise.all([join('Anna'), join('Olli')]);
  projector = await page('Videotykki', { width: 1920, height: 1080 });
  await projector.goto(workshop.links.projector);
  await waitLive(projector);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('dot voting on the common table', () => {
  it('lets the facilitator open an anonymous vote with two dots each', async () => {
    await tools().getByRole('spinbutton', { name: 'Pisteitä kullekin' }).fill('2');
    expect(await tools().getByRole('checkbox', { name: 'Nimetön äänestys' }).isChecked()).toBe(true);
    await facilitator.screenshot({ path: `${SHOTS}/vote-form-facilitator.png` });
    await tools().getByRole('button', { name: 'Avaa äänestys' }).click();
    await tools().getByText('Äänestys on käynnissä (2 pistettä kullekin, nimetön).').waitFor();
    // The facilitator did not join as a person: told how to vote, offered no dots.
    await facilitator.getByText(/Voit äänestää itsekin, kun liityt osallistujaksi/).waitFor();
    expect(await place(facilitator, DUTY).count()).toBe(0);
    for (const person of [anna, olli]) {
      await expect.poll(() => bar(person).innerText()).toBe('Äänestys: sinulla on 2/2 pistettä jäljellä');
    }
  });

  it('lets participants place and take back dots, never a third', async () => {
    await place(anna, DUTY).click();
    await place(anna, BOOKING).click();
    await expect.poll(() => bar(anna).innerText()).toBe('Äänestys: sinulla on 0/2 pistettä jäljellä');
    expect(await place(anna, EVENINGS).isDisabled()).toBe(true);
    expect(await place(anna, EVENINGS).getAttribute('title')).toMatch(/Kaikki pisteesi on käytetty/);
    const reason = await place(anna, EVENINGS).getAttribute('aria-describedby');
    expect(await anna.locator(`[id="${reason}"]`).innerText()).toMatch(/^Kaikki pisteesi on käytetty/);
    await noteItem(anna, BOOKING).getByText('Sinun pisteesi: 1').waitFor();

    await takeBack(anna, BOOKING).click();
    await expect.poll(() => bar(anna).innerText()).toBe('Äänestys: sinulla on 1/2 pistettä jäljellä');
    expect(await takeBack(anna, BOOKING).count()).toBe(0);
    // Keyboard: the focus stays on the note's button after taking the last dot back.
    expect(await anna.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Anna piste lapulle: ${BOOKING}`,
    );
    await anna.keyboard.press('Shift+Tab');
    await place(anna, DUTY).press('Enter');
    await noteItem(anna, DUTY).getByText('Sinun pisteesi: 2').waitFor();

    await place(olli, DUTY).click();
    await place(olli, BOOKING).click();
    await expect.poll(() => bar(olli).innerText()).toBe('Äänestys: sinulla on 0/2 pistettä jäljellä');
  });

  it('shows only the total while the vote is open, live on the projector and to the facilitator', async () => {
    await anna.getByText('Pisteitä annettu yhteensä: 4').waitFor();
    expect(await anna.locator('main .vote-dots-badge').count()).toBe(0);
    await projector.getByText('Äänestys käynnissä · 4 pistettä annettu').waitFor();
    await tools().getByText('Pisteitä annettu: 4 · äänestäneitä: 2/2').waitFor();
  });

  it('has no serious accessibility violations with a vote open and the heat view on', async () => {
    await anna.getByRole('checkbox', { name: 'Lämpökartta' }).check();
    await anna.getByText('Lappuja solussa:').waitFor();
    expect(await seriousViolations(anna)).toEqual([]);
    await anna.screenshot({ path: `${SHOTS}/vote-open-laptop.png` });
    await anna.getByRole('checkbox', { name: 'Lämpökartta' }).uncheck();
    await anna.setViewportSize({ width: 390, height: 844 });
    await noteItem(anna, DUTY).scrollIntoViewIfNeeded();
    await anna.screenshot({ path: `${SHOTS}/vote-open-phone.png` });
    await anna.setViewportSize({ width: 1366, height: 768 });
    expect(await seriousViolations(facilitator)).toEqual([]);
    await facilitator.screenshot({ path: `${SHOTS}/vote-open-facilitator.png` });
  });

  it('shows everyone the results in order once closed, with no names for an anonymous vote', async () => {
    await tools().getByRole('button', { name: 'Sulje äänestys' }).click();
    for (const on of [anna, olli, facilitator]) {
      await expect
        .poll(() => results(on).getByRole('listitem').allInnerTexts())
        .toEqual([`1.\n3 pistettä\n${DUTY}`, `2.\n1 piste\n${BOOKING}`]);
    }
    expect(await noteItem(olli, DUTY).locator('.vote-dots-badge').innerText()).toBe('3 pistettä');
    // The same in Swedish and English.
    await olli.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
    await olli.getByRole('heading', { name: 'Omröstningens resultat' }).waitFor();
    expect(await olli.locator('main .vote-dots-badge').allInnerTexts()).toEqual(['3 prickar', '1 prick']);
    await olli.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await olli.getByRole('heading', { name: 'Vote results' }).waitFor();
    expect(await olli.locator('main .cell__blind-spot').first().innerText()).toContain('Possible blind spot');
    await olli.getByRole('combobox', { name: 'Language' }).selectOption('fi');
    expect(await place(anna, DUTY).count()).toBe(0);
    // The projector ranks the results for the room.
    await projector.getByRole('heading', { level: 1, name: 'Äänestyksen tulos' }).waitFor();
    await expect
      .poll(() =>
        projector
          .locator('.projector-result')
          .evaluateAll((rows) => rows.map((row) => row.textContent?.replaceAll('\u00ad', ''))),
      )
      .toEqual([
        `1.3 pistettä${DUTY}Alkuvaihe – Toimenpiteet ja palvelut`,
        `2.1 piste${BOOKING}Alkuvaihe – Toimenpiteet ja palvelut`,
      ]);
    await projector.screenshot({ path: `${SHOTS}/results-projector.png` });

    await tools().getByText('Aiemmat äänestykset (1)').click();
    expect(await tools().getByText('Kuka antoi pisteet').count()).toBe(0);
    expect(
      await tools()
        .getByText(/Anna|Olli/)
        .count(),
    ).toBe(0);
    await anna.evaluate(() => window.scrollTo(0, 0));
    await anna.screenshot({ path: `${SHOTS}/results-laptop.png` });
  });

  it('names the voters to the facilitator when the vote is not anonymous', async () => {
    await tools().getByRole('spinbutton', { name: 'Pisteitä kullekin' }).fill('1');
    await tools().getByRole('checkbox', { name: 'Nimetön äänestys' }).uncheck();
    await tools().getByRole('button', { name: 'Avaa äänestys' }).click();
    await place(olli, EVENINGS).click();
    await expect.poll(() => bar(olli).innerText()).toBe('Äänestys: sinulla on 0/1 pistettä jäljellä');
    // The facilitator follows who has voted for what live, too.
    await tools().getByText('Tilanne nyt (vain sinä näet tämän)').click();
    await tools().getByRole('listitem').filter({ hasText: 'Olli:' }).waitFor();
    await tools().getByRole('button', { name: 'Sulje äänestys' }).click();
    await tools().getByText('Aiemmat äänestykset (2)').waitFor();
    await tools().getByText('Kuka antoi pisteet').waitFor();
    expect(await tools().getByRole('listitem').filter({ hasText: 'Olli:' }).innerText()).toBe(`Olli: ${EVENINGS}`);
    // Participants see the counts, never the names.
    await expect.poll(() => results(anna).getByRole('listitem').allInnerTexts()).toEqual([`1.\n1 piste\n${EVENINGS}`]);
    expect(await anna.getByText('Olli:').count()).toBe(0);
  });

  it('keeps a dot placed offline as not saved until the server has it, and my dots after a reload', async () => {
    await tools().getByRole('spinbutton', { name: 'Pisteitä kullekin' }).fill('2');
    await tools().getByRole('checkbox', { name: 'Nimetön äänestys' }).check();
    await tools().getByRole('button', { name: 'Avaa äänestys' }).click();
    await expect.poll(() => bar(anna).innerText()).toBe('Äänestys: sinulla on 2/2 pistettä jäljellä');
    await anna.context().setOffline(true);
    await place(anna, DUTY).click();
    await expect.poll(() => bar(anna).innerText()).toBe('Äänestys: sinulla on 1/2 pistettä jäljellä');
    const unsaved = anna.getByText('Yksi pisteesi ei ole vielä tallessa: se lähtee, kun yhteys palaa.');
    await unsaved.waitFor();
    // The header's save state says so too: "saved" only once the server has my dot.
    const saveState = anna.locator('.save-indicator');
    await saveState.getByText('Tallentamatta: muutokset odottavat tällä laitteella').waitFor();
    await anna.setViewportSize({ width: 390, height: 844 });
    await anna.evaluate(() => window.scrollTo(0, 0));
    await anna.screenshot({ path: `${SHOTS}/vote-unsaved-phone.png` });
    await anna.setViewportSize({ width: 1366, height: 768 });
    await anna.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
    await anna.getByText('En av dina prickar är inte sparad än: den skickas när anslutningen är tillbaka.').waitFor();
    await anna.evaluate(() => window.scrollTo(0, 0));
    await anna.screenshot({ path: `${SHOTS}/vote-unsaved-laptop-sv.png` });
    await anna.getByRole('combobox', { name: 'Språk' }).selectOption('fi');
    await tools().getByText('Pisteitä annettu: 0 · äänestäneitä: 0/2').waitFor();
    await anna.context().setOffline(false);
    await unsaved.waitFor({ state: 'detached' });
    await saveState.getByText('Kaikki muutokset tallennettu').waitFor();
    await tools().getByText('Pisteitä annettu: 1 · äänestäneitä: 1/2').waitFor();
    // Who placed it is the server's: a reload asks it again.
    await anna.reload();
    await anna
      .getByRole('region', { name: 'Äänestys' })
      .getByText('Äänestys: sinulla on 1/2 pistettä jäljellä')
      .waitFor();
    await noteItem(anna, DUTY).getByText('Sinun pisteesi: 1').waitFor();
    await tools().getByRole('button', { name: 'Sulje äänestys' }).click();
    await tools().getByText('Aiemmat äänestykset (3)').waitFor();
  });
});

describe('the cell the facilitator shows everyone', () => {
  it('is highlighted with a label on participants’ boards and on the projector', async () => {
    await facilitator
      .getByRole('button', { name: 'Näytä solu kaikille: Alkuvaihe – Toimenpiteet ja palvelut' })
      .click();
    await cell(anna, START_SERVICES).getByText('Fasilitaattori näyttää tätä solua').waitFor();
    expect(await cell(anna, START_SERVICES).getAttribute('class')).toContain('cell--focused');
    expect(await anna.locator('.cell--focused').count()).toBe(1);
    // The projector gives the shown cell the whole screen, its name above the notes.
    await projector.locator('.projector-focus__heading').getByText('Alkuvaihe').waitFor();
    await facilitator
      .getByRole('button', { name: 'Näytä solu kaikille: Alkuvaihe – Toimenpiteet ja palvelut' })
      .click();
    await expect.poll(() => anna.locator('.cell--focused').count()).toBe(0);
  });
});

describe('seeing the gaps', () => {
  it('counts notes per cell and marks empty and thin cells as possible blind spots', async () => {
    expect(await cell(anna, START_SERVICES).locator('.cell__count').innerText()).toBe('3 lappua');
    expect(await cell(anna, FOLLOWUP_COLLABORATION).locator('.cell__count').innerText()).toBe('1 lappu');
    expect(await cell(anna, START_SERVICES).getByText('Mahdollinen katvealue').count()).toBe(0);
    await cell(anna, FOLLOWUP_COLLABORATION).getByText('Mahdollinen katvealue').waitFor();
    const empty = cell(anna, START_PARTICIPATION);
    await empty.getByText('Mahdollinen katvealue').waitFor();
    // An empty cell shows its prompts: the dimension's question and the phase's description.
    await empty.getByText('Miten asiakkaan osallisuus ja toimijuus pysyvät palvelun keskiössä').waitFor();
    await empty.getByText(/Sisäänpääsy päivystys- ja ajanvarauspalveluihin/).waitFor();
    expect(await anna.locator('main .cell__blind-spot').count()).toBe(6);
    // The results stay on the projector until the facilitator puts the table back.
    await asFacilitator(workshop, 'workshop', (doc) => setProjectorView(doc, 'table'));
    await projector.locator('.projector-cell__blind-spot').first().waitFor();
    expect(await projector.locator('.projector-cell__blind-spot').count()).toBe(5);
  });

  it('shades cells by count in the heat view, with a legend in numbers', async () => {
    await anna.getByRole('checkbox', { name: 'Lämpökartta' }).check();
    expect(await cell(anna, START_SERVICES).getAttribute('class')).toContain('heat-4');
    expect(await cell(anna, FOLLOWUP_COLLABORATION).getAttribute('class')).toContain('heat-2');
    expect(await cell(anna, START_PARTICIPATION).getAttribute('class')).toContain('heat-0');
    expect(await anna.locator('.heat-legend__level').allInnerTexts()).toEqual(['0', '1', '2', '3']);
    await anna
      .getByRole('region', { name: 'Äänestyksen tulos' })
      .getByRole('button', { name: 'Piilota tulokset' })
      .click();
    await anna.screenshot({ path: `${SHOTS}/heat-laptop.png`, fullPage: true });
    await anna.getByRole('checkbox', { name: 'Lämpökartta' }).uncheck();
  });

  it('filters by kind with counts, dimming or hiding the other kinds', async () => {
    const filter = anna.getByRole('group', { name: 'Näytettävät laput' });
    expect(
      await filter.getByRole('radio').evaluateAll((inputs) => inputs.map((input) => input.parentElement?.textContent)),
    ).toEqual(['Kaikki (28)', 'Laput (24)', 'Puutteet (1)', 'Ideat (3)']);
    await filter.getByRole('radio', { name: 'Puutteet (1)' }).check();
    const notes = cell(anna, START_SERVICES).getByRole('listitem');
    await expect
      .poll(() => notes.evaluateAll((items) => items.map((item) => item.classList.contains('note--dimmed'))))
      .toEqual([true, true, false]);
    await filter.getByRole('checkbox', { name: /Piilota muut/ }).check();
    await expect.poll(() => plainTexts(notes.locator('.note__text'))).toEqual([EVENINGS]);
    expect(await cell(anna, START_SERVICES).locator('.cell__count').innerText()).toBe('3 lappua');
    await filter.getByRole('radio', { name: 'Kaikki (28)' }).check();
    await expect.poll(() => notes.count()).toBe(3);
  });
});
