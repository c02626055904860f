import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { formWorkshopGroups, groupOf, type Joined, joinPeople, seedGroupBoards } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { waitLive } from './support/workshop.ts';

// The facilitator previews a merge before confirming it, and the overview marks who is on each
// group's board now. Screenshots in Finnish and Swedish at laptop and phone sizes.
const SHOTS = '/tmp/plenary-preview-shots';
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

const PEOPLE = [
  { name: 'Anna Virtanen', role: 'core-staff' },
  { name: 'Pekka Korhonen', role: 'core-staff' },
  { name: 'Sari Nieminen', role: 'other-staff' },
  { name: 'Jussi Mäkinen', role: 'network-partner' },
  { name: 'Liisa Hämäläinen', role: 'supervisor' },
  { name: 'Mikko Lehtonen', role: 'other-staff' },
] as const;

const TEXTS = [
  'Matalan kynnyksen päivystys ti ja to',
  'Matalan kynnyksen päivystys tiistaisin',
  'Verkostopalaveri viikoittain',
  'Palautteen kerääminen QR-koodilla',
];

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let groups: number;
let anna: Joined;
let facilitator: Page;

const at = (path: string, link = workshop.links.facilitator) =>
  link.replace(`/w/${workshop.id}`, `/w/${workshop.id}${path}`);

async function shoot(page: Page, name: string, viewport: { width: number; height: number }, fullPage = false) {
  await page.setViewportSize(viewport);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Vaasa – kehittämispäivä');
  [anna] = (await joinPeople(server.url, workshop, PEOPLE)) as [Joined];
  groups = await formWorkshopGroups(workshop, 3);
  await seedGroupBoards(workshop, groups, TEXTS, 3);
  facilitator = await (await newPerson(browser, 'Fasilitaattori')).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('plenary preview and presence', () => {
  it('marks on the overview who is on their group’s board now', async () => {
    const annasGroup = (await groupOf(workshop, anna.person.id)) ?? 1;
    const context = await newPerson(browser, anna.person.name);
    await context.addInitScript(
      ([key, value]) => window.localStorage.setItem(key as string, value as string),
      [`avaa:person:${workshop.id}`, JSON.stringify(anna)],
    );
    const annasPage = await context.newPage();
    await annasPage.goto(at(`/group/${annasGroup}`, workshop.links.participant));
    await waitLive(annasPage);

    await facilitator.goto(at('/overview'));
    await waitLive(facilitator);
    const card = facilitator.locator(`.group-summary[data-group="${annasGroup}"]`);
    const members = card.getByRole('list', { name: `Ryhmän ${annasGroup} jäsenet` });
    const size = await members.getByRole('listitem').count();
    await expect.poll(() => card.locator('.group-members__count').innerText()).toBe(`Ryhmän taululla nyt: 1/${size}`);
    expect(await members.locator('.is-online').innerText()).toContain('Anna Virtanen');
    await members.getByText('ryhmän taululla nyt').waitFor({ state: 'attached' });
    expect(await seriousViolations(facilitator)).toEqual([]);
    await shoot(facilitator, 'overview-fi-1366', LAPTOP);
    await shoot(facilitator, 'overview-fi-390', PHONE, true);
    // The language is under "Menu" on a phone: chosen at laptop size.
    await facilitator.setViewportSize(LAPTOP);
    await facilitator.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
    await card.getByText(`På gruppens tavla nu: 1/${size}`).waitFor();
    await shoot(facilitator, 'overview-sv-390', PHONE, true);
    await shoot(facilitator, 'overview-sv-1366', LAPTOP);
    await facilitator.getByRole('combobox', { name: 'Språk' }).selectOption('fi');

    // Anna leaves the board: the marker goes.
    await context.close();
    await expect
      .poll(() => card.locator('.group-members__count').innerText(), { timeout: 15_000 })
      .toBe(`Ryhmän taululla nyt: 0/${size}`);
  });

  it('previews the merge per group and cell, cancels without writing, then merges on confirming', async () => {
    await facilitator.goto(workshop.links.facilitator);
    await waitLive(facilitator);
    const notes = facilitator.locator('main .note__text');
    await facilitator.getByRole('button', { name: 'Yhdistä ryhmien laput' }).click();
    const preview = facilitator.getByRole('region', { name: 'Ennen yhdistämistä' });
    await preview.getByText(`Yhteiseen taulukkoon tulee ${groups * 3} uutta lappua`).waitFor();
    // Counts per cell; the notes open on demand.
    const start = preview.locator('details').filter({ hasText: 'Alkuvaihe – Toimenpiteet ja palvelut' }).first();
    expect(await start.getByText(TEXTS[1] as string).isVisible()).toBe(false);
    await start.locator('summary').click();
    await start.getByText(TEXTS[1] as string).waitFor();
    // Every group's first note is the same service: the preview proposes a stack of them.
    await preview.getByRole('heading', { name: 'Pinoehdotuksia yhdistämisen jälkeen: 1' }).waitFor();
    expect(await seriousViolations(facilitator)).toEqual([]);
    await shoot(facilitator, 'merge-preview-fi-1366', LAPTOP);
    await preview.scrollIntoViewIfNeeded();
    await shoot(facilitator, 'merge-preview-fi-390', PHONE);
    // The language is under "Menu" on a phone: chosen at laptop size.
    await facilitator.setViewportSize(LAPTOP);
    await facilitator.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
    await facilitator.getByRole('region', { name: 'Före sammanslagningen' }).waitFor();
    await shoot(facilitator, 'merge-preview-sv-390', PHONE);
    await shoot(facilitator, 'merge-preview-sv-1366', LAPTOP);
    await facilitator.getByRole('combobox', { name: 'Språk' }).selectOption('fi');

    await preview.getByRole('button', { name: 'Peruuta' }).click();
    await preview.waitFor({ state: 'detached' });
    expect(await notes.count()).toBe(0);

    await facilitator.getByRole('button', { name: 'Yhdistä ryhmien laput' }).click();
    await preview.getByRole('button', { name: 'Yhdistä', exact: true }).click();
    await facilitator
      .locator('.merge-result')
      .getByRole('heading', { name: `${groups} ryhmän laput yhdistetty` })
      .waitFor();
    await expect.poll(() => notes.count()).toBe(groups * 3);
  });
});
