import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { addNote, CELL, cell, noteTexts } from './support/board.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { pathOf, personIdOf, placeInGroups } from './support/facilitation.ts';
import { joinPeople } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// Issue 13, points 3 and 5: during group work a group member who opened the participant link,
// the QR code or /w/<id> landed on the writable common table and the merge never saw their
// notes; the blank template's QR code carried /w/<id> without a token.

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let facilitator: Page;
let annasPhone: BrowserContext;
let dir: string;

const at = (path = '') => `/w/${workshop.id}${path}`;
const LOCKED = 'Ryhmätyö on käynnissä: yhteinen taulu on nyt vain luku.';
const addButton = (page: Page) =>
  cell(page, CELL.startServices).getByRole('button', { name: 'Lisää lappu', exact: true });

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'avaa-group-access-'));
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä');
  const [pekka] = await joinPeople(server.url, workshop, [{ name: 'Pekka', role: 'core-staff' }]);
  facilitator = await (await newPerson(browser, 'Fasilitaattori')).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
  annasPhone = await newPerson(browser, 'Anna', { viewport: { width: 390, height: 844 }, hasTouch: true });
  const anna = await joinWorkshop(await annasPhone.newPage(), workshop.links.participant, 'Anna');
  await placeInGroups(workshop, [
    { person: await personIdOf(anna, workshop), group: 1 },
    { person: pekka?.person.id as string, group: 2 },
  ]);
  await facilitator.getByRole('button', { name: 'Seuraava vaihe' }).click();
  await anna.waitForURL((url) => url.pathname === at('/group/1'));
  await anna.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe('group work: everyone on their own group’s board', () => {
  it('lands a group member who reopens the participant link or the workshop address on their group’s board', async () => {
    for (const address of [workshop.links.participant, `${server.url}${at()}`]) {
      const page = await annasPhone.newPage();
      await page.goto(address);
      await waitLive(page);
      await expect.poll(() => pathOf(page)).toBe(at('/group/1'));
      await page.close();
    }
  });

  it('shows the common table read-only to participants, says why, and the facilitator can open it', async () => {
    const anna = await annasPhone.newPage();
    await anna.goto(`${server.url}${at()}`);
    await waitLive(anna);
    await expect.poll(() => pathOf(anna)).toBe(at('/group/1'));
    await anna
      .getByRole('navigation', { name: 'Työpajan sivut' })
      .getByRole('link', { name: 'Yhteinen taulukko' })
      .click();
    await expect.poll(() => anna.getByRole('note').filter({ hasText: LOCKED }).count()).toBe(1);
    await anna.screenshot({ path: '/tmp/room-access-shots/locked-common-table-390-fi.png' });
    expect(await addButton(anna).count()).toBe(0);
    expect(await anna.getByRole('link', { name: 'Ryhmän 1 taululle' }).count()).toBe(1);
    expect(await seriousViolations(anna)).toEqual([]);

    const setting = facilitator.getByRole('checkbox', {
      name: 'Osallistujat voivat kirjoittaa yhteiselle taululle ryhmätyön aikana',
    });
    expect(await setting.isChecked()).toBe(false);
    expect(await seriousViolations(facilitator)).toEqual([]);
    await facilitator.screenshot({ path: '/tmp/room-access-shots/common-table-setting-1366-fi.png' });
    await setting.check();
    await expect.poll(() => addButton(anna).count()).toBe(1);
    await addNote(anna, CELL.startServices, 'Matalan kynnyksen päivystys');
    await expect.poll(() => noteTexts(facilitator, CELL.startServices)).toEqual(['Matalan kynnyksen päivystys']);
    await setting.uncheck();
    await expect.poll(() => addButton(anna).count()).toBe(0);
    await anna.close();
  });

  it('prints the blank template with a QR code to the participant link, and says when it stops working', async () => {
    const opener = facilitator.getByRole('button', { name: 'Tulosta / vie' });
    await opener.click();
    const dialog = facilitator.getByRole('dialog', { name: 'Tulosta tai vie' });
    await dialog.getByRole('radio', { name: 'Tyhjä pohja', exact: true }).check();
    expect(await dialog.innerText()).toContain(
      'Jos osallistujalinkki vaihdetaan, tulostettu QR-koodi lakkaa toimimasta.',
    );
    await dialog.locator('iframe[src^="blob:"]').waitFor({ state: 'attached' });
    const [pdf] = await Promise.all([
      facilitator.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Lataa PDF' }).click(),
    ]);
    const path = join(dir, 'blank.pdf');
    await pdf.saveAs(path);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(`${at()}#token=v1.`);
    await dialog.getByRole('button', { name: 'Sulje' }).click();
  });
});
