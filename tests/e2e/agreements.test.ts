import { addAgreement, createNote, readAgreements } from '@avaa/board-model';
import { type WorkshopId, workshopRoomName } from '@avaa/protocol';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { addNote, type CellName, cell } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { connectStock, flushed } from './support/stockClient.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// The facilitator turns notes of the common table into agreement items and keeps the register;
// participants read it live; a closed round is compared with later changes; the feedback link
// shows the table and the agreements and cannot change anything.
const SHOTS = '/tmp/agreements-shots';
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

const CELLS = {
  startServices: { phase: 'Alkuvaihe', dimension: 'Toimenpiteet ja palvelut' },
  duringCollaboration: { phase: 'Asiakkuuden aikana', dimension: 'Työntekijöiden ja monialainen yhteistyö' },
  endingServices: { phase: 'Asiakkuuden päättövaihe', dimension: 'Toimenpiteet ja palvelut' },
  followupParticipation: { phase: 'Seurantavaihe', dimension: 'Asiakkaan osallisuus ja toimijuus' },
} as const satisfies Record<string, CellName>;

const NOTE = {
  dropIn: 'Matalan kynnyksen päivystys ti ja to',
  booking: 'Yhteinen ajanvaraus kaikille ammattilaisille',
  feedback: 'Palautteen kerääminen QR-koodilla',
  added: 'Saattaen vaihtaminen jatkopalveluun',
};

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let facilitator: Page;
let participant: Page;

const workshopRoom = () => workshopRoomName(workshop.id as WorkshopId);

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kouvola – kehittämispäivä');
  const seeder = await connectStock(workshop.sync.url, workshop.sync.board, workshop.sync.tokens.facilitator as string);
  createNote(seeder.doc, 'start:services', { text: NOTE.dropIn });
  createNote(seeder.doc, 'during:collaboration', { text: NOTE.booking });
  createNote(seeder.doc, 'followup:participation', { text: NOTE.feedback });
  const observer = await connectStock(
    workshop.sync.url,
    workshop.sync.board,
    workshop.sync.tokens.facilitator as string,
  );
  await flushed(seeder, observer);
  seeder.close();
  observer.close();
  facilitator = await (await newPerson(browser, 'Fasilitaattori')).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

function nav(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Työpajan sivut' }).getByRole('link', { name, exact: true });
}

function section(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

function noteMenu(page: Page, text: string): Locator {
  // The button names the note by its text, shortened to 40 characters.
  return page.getByRole('button', { name: `Lapun toiminnot: ${text.slice(0, 30)}` });
}

async function agreementFromNote(page: Page, text: string, question: string, shot?: string): Promise<void> {
  await noteMenu(page, text).click();
  await page.getByRole('button', { name: 'Tee sopimuskohta' }).click();
  await page.getByRole('radio', { name: question }).check();
  if (shot) await page.screenshot({ path: `${SHOTS}/${shot}.png` });
  await page.getByRole('button', { name: 'Tee kohta' }).click();
}

async function shoot(page: Page, name: string, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(viewport);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

describe('agreements, rounds and the feedback page', () => {
  it('makes agreement items from notes through the note menu', async () => {
    await agreementFromNote(facilitator, NOTE.dropIn, '1. Päätetään nyt');
    await facilitator.getByText('Sopimuskohta tehty: Päätetään nyt').waitFor();
    await agreementFromNote(facilitator, NOTE.booking, '2. Vaatii valmistelua', 'note-menu-1366');
    await facilitator.getByText('Sopimuskohta tehty: Vaatii valmistelua').waitFor();
    // The toast leads to the register.
    await facilitator.getByRole('button', { name: 'Avaa sopimukset' }).last().click();
    await facilitator.getByRole('heading', { level: 1, name: 'Sopimukset' }).waitFor();
    expect(
      await section(facilitator, 'Päätetään nyt').getByRole('textbox', { name: 'Sopimuskohta' }).inputValue(),
    ).toBe(NOTE.dropIn);
    // The item shows the note it came from, read from the common table.
    await section(facilitator, 'Vaatii valmistelua')
      .getByText('Samasta lapusta: Asiakkuuden aikana – Työntekijöiden ja monialainen yhteistyö')
      .waitFor();
  });

  it('links a note to an existing agreement item, chosen by question, in Finnish and Swedish', async () => {
    await nav(facilitator, 'Yhteinen taulukko').click();
    await waitLive(facilitator);
    await noteMenu(facilitator, NOTE.feedback).click();
    await facilitator.getByRole('button', { name: 'Tee sopimuskohta' }).click();
    await facilitator.getByRole('radio', { name: 'Liitä olemassa olevaan sopimuskohtaan' }).check();
    const preparation = facilitator.getByRole('group', { name: '2. Vaatii valmistelua' });
    const answer = facilitator.locator('.agreement-from-note .menu__actions');
    await preparation.getByRole('radio', { name: NOTE.booking }).check();
    expect(await facilitator.getByRole('group', { name: '1. Päätetään nyt' }).getByRole('radio').count()).toBe(1);
    expect(await seriousViolations(facilitator)).toEqual([]);
    await answer.scrollIntoViewIfNeeded();
    await facilitator.screenshot({ path: `${SHOTS}/link-agreement-fi-1366.png` });
    await facilitator.setViewportSize(PHONE);
    await answer.scrollIntoViewIfNeeded();
    await facilitator.screenshot({ path: `${SHOTS}/link-agreement-fi-390.png` });
    // The language is under "Menu" on a phone: chosen at laptop size.
    await facilitator.setViewportSize(LAPTOP);
    await facilitator.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
    await facilitator.getByRole('radio', { name: 'Koppla till en befintlig punkt' }).waitFor();
    await facilitator.setViewportSize(PHONE);
    await answer.scrollIntoViewIfNeeded();
    await facilitator.screenshot({ path: `${SHOTS}/link-agreement-sv-390.png` });
    await facilitator.setViewportSize(LAPTOP);
    await answer.scrollIntoViewIfNeeded();
    await facilitator.screenshot({ path: `${SHOTS}/link-agreement-sv-1366.png` });
    await facilitator.getByRole('combobox', { name: 'Språk' }).selectOption('fi');
    await facilitator.getByRole('button', { name: 'Liitä kohtaan' }).click();
    await facilitator.getByText(`Lappu liitettiin kohtaan: ${NOTE.booking.slice(0, 30)}`).waitFor();

    // The item lists the note among its linked notes; its own text stays.
    await nav(facilitator, 'Sopimukset').click();
    const item = section(facilitator, 'Vaatii valmistelua');
    await item.getByText(NOTE.feedback).waitFor();
    expect(await item.getByRole('textbox', { name: 'Sopimuskohta' }).inputValue()).toBe(NOTE.booking);

    // Linked already: the item shows, but cannot be chosen again.
    await nav(facilitator, 'Yhteinen taulukko').click();
    await noteMenu(facilitator, NOTE.feedback).click();
    await facilitator.getByRole('button', { name: 'Tee sopimuskohta' }).click();
    await facilitator.getByRole('radio', { name: 'Liitä olemassa olevaan sopimuskohtaan' }).check();
    expect(await facilitator.getByRole('radio', { name: `${NOTE.booking} (liitetty jo)` }).isDisabled()).toBe(true);
    await facilitator.getByRole('button', { name: 'Peruuta' }).click();
    await facilitator.keyboard.press('Escape');
    await nav(facilitator, 'Sopimukset').click();
    await section(facilitator, 'Vaatii valmistelua').waitFor();
  });

  it('edits owner, due date and status in place, and a participant sees them live without inputs', async () => {
    participant = await joinWorkshop(
      await (await newPerson(browser, 'Aino')).newPage(),
      workshop.links.participant,
      'Aino',
    );
    // Only the facilitator makes agreement items from notes.
    await noteMenu(participant, NOTE.dropIn).click();
    await participant.getByRole('button', { name: 'Siirrä…' }).waitFor();
    expect(await participant.getByRole('button', { name: 'Tee sopimuskohta' }).count()).toBe(0);
    await participant.keyboard.press('Escape');
    await nav(participant, 'Sopimukset').click();
    await section(participant, 'Vaatii valmistelua').getByText(NOTE.booking).first().waitFor();

    const item = section(facilitator, 'Vaatii valmistelua').getByRole('listitem').first();
    // Sari and Pekka are not in the workshop: their names are typed.
    await item.getByRole('combobox', { name: 'Kuka' }).selectOption({ label: 'Joku muu (kirjoita nimi)' });
    await item.getByRole('textbox', { name: 'Nimi' }).fill('Sari ja Pekka');
    await item.getByRole('textbox', { name: 'Nimi' }).press('Enter');
    // The date as the workshop's language writes it, whatever the browser's locale (a date
    // input would show mm/dd/yyyy in an American browser); a day that does not exist is refused.
    const due = item.getByLabel('Mihin mennessä');
    expect(await due.getAttribute('placeholder')).toBe('p.k.vvvv');
    await due.fill('31.2.2026');
    await due.press('Enter');
    await item.getByText('Päivämäärä ei kelpaa').waitFor();
    await due.fill('31.12.2026');
    await due.press('Enter');
    await expect.poll(() => due.inputValue()).toBe('31.12.2026');
    await item.getByRole('combobox', { name: 'Tila' }).selectOption({ label: 'Työn alla' });

    const seen = section(participant, 'Vaatii valmistelua');
    await seen.getByText('Kuka: Sari ja Pekka').waitFor();
    await seen.getByText('Mihin mennessä: 31.12.2026').waitFor();
    await seen.getByText('Työn alla', { exact: true }).waitFor();
    // Nothing of the register is editable; a participant may only propose (a field per question).
    const main = participant.getByRole('main');
    expect(await main.getByRole('combobox').count()).toBe(0);
    const fields = await main
      .getByRole('textbox')
      .evaluateAll((inputs) =>
        inputs.map((input) => input.ariaLabel ?? (input as HTMLInputElement).labels?.[0]?.textContent),
      );
    expect(fields.every((label) => label?.startsWith('Ehdota kohtaa'))).toBe(true);
    expect(fields).toHaveLength(6);
    // An empty question says what belongs in it.
    await section(participant, 'Käyttöönotto')
      .getByText(/Ei vielä kohtia/)
      .waitFor();

    expect(await seriousViolations(facilitator)).toEqual([]);
    expect(await seriousViolations(participant)).toEqual([]);
    await shoot(facilitator, 'agreements-facilitator-1366', LAPTOP);
    await shoot(participant, 'agreements-participant-1366', LAPTOP);
    await shoot(facilitator, 'agreements-facilitator-390', PHONE);
    await shoot(participant, 'agreements-participant-390', PHONE);
    await facilitator.setViewportSize(LAPTOP);
  });

  it('adds an item by hand, moves it to another question and removes it after confirming', async () => {
    const adoption = section(facilitator, 'Käyttöönotto');
    await adoption.getByRole('textbox', { name: /^Uusi kohta/ }).fill('Perehdytys uusille työntekijöille');
    await adoption.getByRole('button', { name: 'Lisää kohta' }).click();
    const text = adoption.getByRole('textbox', { name: 'Sopimuskohta' });
    await section(participant, 'Käyttöönotto').getByText('Perehdytys uusille työntekijöille').waitFor();
    await text.fill('Perehdytys uusille työntekijöille tammikuussa');
    await text.press('Enter');
    await section(participant, 'Käyttöönotto').getByText('Perehdytys uusille työntekijöille tammikuussa').waitFor();

    await adoption.getByRole('combobox', { name: 'Kysymys' }).selectOption({ label: '5. Miten jatkamme' });
    const next = section(facilitator, 'Miten jatkamme');
    await next.getByRole('button', { name: /^Poista kohta: Perehdytys/ }).click();
    // The confirmation takes the focus, so Enter would not remove by accident.
    await expect.poll(() => facilitator.evaluate(() => document.activeElement?.textContent)).toBe('Peruuta');
    await next.getByRole('button', { name: 'Poista kohta', exact: true }).click();
    await next.getByText(/Ei vielä kohtia/).waitFor();
    await section(participant, 'Miten jatkamme')
      .getByText(/Ei vielä kohtia/)
      .waitFor();
    expect(await section(participant, 'Käyttöönotto').getByRole('listitem').count()).toBe(0);
  });

  it('closes a round, and the comparison shows notes added and moved since', async () => {
    await nav(facilitator, 'Kierrokset').click();
    await facilitator.getByText('Tallennetaan 3 lappua ja 2 sopimuskohtaa.').waitFor();
    expect(await facilitator.getByRole('textbox', { name: 'Kierroksen nimi' }).inputValue()).toMatch(
      /^Kehittämispäivä \d{1,2}\.\d{1,2}\.\d{4}$/,
    );
    await facilitator.getByRole('button', { name: 'Sulje kierros' }).click();
    await facilitator.getByText(/^Kierros suljettu: Kehittämispäivä/).waitFor();
    await facilitator.getByText('3 lappua, 2 sopimuskohtaa').waitFor();

    // The next development day: a new note, a note moved, an item done.
    await nav(facilitator, 'Yhteinen taulukko').click();
    await waitLive(facilitator);
    await addNote(facilitator, CELLS.endingServices, NOTE.added);
    await cell(facilitator, CELLS.endingServices).getByText(NOTE.added).waitFor();
    await noteMenu(facilitator, NOTE.feedback).click();
    await facilitator.getByRole('button', { name: 'Siirrä…' }).click();
    await facilitator.getByRole('combobox', { name: 'Vaihe' }).selectOption({ label: 'Asiakkuuden päättövaihe' });
    await facilitator.getByRole('combobox', { name: 'Näkökulma' }).selectOption({ label: 'Toimenpiteet ja palvelut' });
    await facilitator.getByRole('button', { name: 'Siirrä', exact: true }).click();
    await cell(facilitator, CELLS.endingServices).getByText(NOTE.feedback).waitFor();
    await nav(facilitator, 'Sopimukset').click();
    await section(facilitator, 'Päätetään nyt')
      .getByRole('combobox', { name: 'Tila' })
      .selectOption({ label: 'Valmis' });

    await nav(facilitator, 'Kierrokset').click();
    const comparison = facilitator.getByRole('region', { name: /^Muutokset kierroksen/ });
    await comparison.getByRole('heading', { name: 'Lisätyt laput (1)' }).waitFor();
    await comparison.getByText(NOTE.added).waitFor();
    await comparison.getByRole('heading', { name: 'Siirretyt laput (1)' }).waitFor();
    const moved = comparison.getByRole('listitem').filter({ hasText: NOTE.feedback });
    expect(await moved.locator('.from-to__from').innerText()).toBe('Seurantavaihe – Asiakkaan osallisuus ja toimijuus');
    expect(await moved.locator('.from-to__to').innerText()).toBe('Asiakkuuden päättövaihe – Toimenpiteet ja palvelut');
    await comparison.getByRole('heading', { name: 'Tila muuttui (1)' }).waitFor();
    // The participant sees the same comparison, without the facilitator's controls.
    await nav(participant, 'Kierrokset').click();
    await participant.getByRole('heading', { name: 'Siirretyt laput (1)' }).waitFor();
    expect(await participant.getByRole('button', { name: 'Sulje kierros' }).count()).toBe(0);
    await participant.getByRole('region', { name: /^Muutokset kierroksen/ }).scrollIntoViewIfNeeded();
    await participant.setViewportSize(PHONE);
    await participant.screenshot({ path: `${SHOTS}/rounds-participant-390-full.png`, fullPage: true });

    expect(await seriousViolations(facilitator)).toEqual([]);
    expect(await seriousViolations(participant)).toEqual([]);
    await shoot(facilitator, 'rounds-comparison-1366', LAPTOP);
    await facilitator.screenshot({ path: `${SHOTS}/rounds-comparison-1366-full.png`, fullPage: true });
  });

  it('shows the feedback page read-only on a phone, with the table, the agreements and what changed', async () => {
    const page = await (await newPerson(browser, 'Nuori', { viewport: PHONE })).newPage();
    await page.goto(workshop.links.feedback);
    await page.getByRole('heading', { level: 1, name: 'Ohjaamo Kouvola – kehittämispäivä' }).waitFor();
    const agreements = page.getByRole('region', { name: 'Mitä sovittiin' });
    await agreements.getByText(NOTE.booking).first().waitFor();
    await agreements.getByText('Kuka: Sari ja Pekka').waitFor();
    await agreements.getByText('Työn alla', { exact: true }).waitFor();
    await agreements.getByText('Valmis', { exact: true }).waitFor();
    const table = page.getByRole('region', { name: 'Yhteinen taulukko' });
    await table.getByText(NOTE.added).waitFor();
    await table.getByRole('listitem').filter({ hasText: NOTE.dropIn }).getByText('Mukana sopimuksissa').waitFor();
    await page.getByText('Uusia lappuja: 1').waitFor();
    await page.getByText('Siirrettyjä lappuja: 1').waitFor();
    expect(page.url()).not.toContain('token=');
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/feedback-390.png` });
    await page.screenshot({ path: `${SHOTS}/feedback-390-full.png`, fullPage: true });

    // In Swedish.
    await page.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
    await page.getByRole('heading', { name: 'Det här kom vi överens om' }).waitFor();
    await page.getByText('Pågår', { exact: true }).waitFor();
    await page.getByText('Vem: Sari ja Pekka').waitFor();
    await page.screenshot({ path: `${SHOTS}/feedback-390-sv.png` });
    await page.context().close();
  });

  it('hands the feedback link to the facilitator when the workshop is created', async () => {
    const page = await (await newPerson(browser, 'Uusi fasilitaattori')).newPage();
    await page.goto(server.url);
    await page.getByRole('textbox', { name: 'Työpajan nimi' }).fill('Palautelinkin testi');
    await page.getByRole('button', { name: 'Luo työpaja' }).click();
    const field = page.getByRole('textbox', { name: 'Linkki: Palautesivu' });
    expect(await field.inputValue()).toMatch(/\/w\/[a-z0-9]+\/feedback#token=/);
    await page.screenshot({ path: `${SHOTS}/start-links-1366.png`, fullPage: true });
    await page.context().close();
  });

  it('drops whatever a stock Yjs client writes with the viewer token', async () => {
    const viewer = await connectStock(workshop.sync.url, workshopRoom(), workshop.sync.tokens.viewer as string);
    const check = await connectStock(workshop.sync.url, workshopRoom(), workshop.sync.tokens.facilitator as string);
    expect(readAgreements(viewer.doc)).toHaveLength(2);
    addAgreement(viewer.doc, 'decide-now', { text: 'Katsojan kirjoittama' });
    const [first] = readAgreements(viewer.doc);
    viewer.doc.getMap('agreements').delete(first?.id ?? '');
    await flushed(viewer, check);
    expect(readAgreements(check.doc).map((item) => item.text)).toEqual([NOTE.dropIn, NOTE.booking]);
    const fresh = await connectStock(workshop.sync.url, workshopRoom(), workshop.sync.tokens.participant as string);
    expect(readAgreements(fresh.doc)).toHaveLength(2);
    viewer.close();
    check.close();
    fresh.close();
  });
});
