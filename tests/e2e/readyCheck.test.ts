import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { shootReadyCheck } from './support/readyCheck.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// "Are you done?": the facilitator asks, Anna (laptop) and Pekka (phone) answer, the facilitator
// and the projector see the count and who is not ready, and moving on clears it everywhere.
const SHOTS = '/tmp/ready-shots';

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let facilitator: Page;
let anna: Page;
let pekka: Page;
let projector: Page;

const dock = (page: Page) => page.locator('.ready-dock');
const facilitatorSummary = () => facilitator.locator('.ready-control summary');
const projectorCount = () => projector.locator('.projector-ready').innerText();

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä');
  facilitator = await (await newPerson(browser, 'Fasilitaattori')).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
  const laptop = await newPerson(browser, 'Anna', { viewport: { width: 1280, height: 720 } });
  anna = await joinWorkshop(await laptop.newPage(), workshop.links.participant, 'Anna');
  const phone = await newPerson(browser, 'Pekka', { viewport: { width: 390, height: 844 }, hasTouch: true });
  pekka = await joinWorkshop(await phone.newPage(), workshop.links.participant, 'Pekka');
  projector = await (await newPerson(browser, 'Videotykki', { viewport: { width: 1280, height: 720 } })).newPage();
  await projector.goto(workshop.links.projector);
  await waitLive(projector);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('the ready check', () => {
  it('the facilitator asks; each answers; the count and who is not ready show live', async () => {
    expect(await dock(anna).count()).toBe(0);
    await facilitatorSummary().click();
    await facilitator.getByRole('button', { name: 'Kysy jokaiselta: oletko valmis?' }).click();
    await expect.poll(() => facilitatorSummary().innerText()).toBe('Valmiina 0/2');

    await dock(anna).getByRole('heading', { name: 'Fasilitaattori kysyy: oletko valmis?' }).waitFor();
    // The question never takes the keyboard's focus from what a person is doing.
    expect(await anna.evaluate(() => document.activeElement?.closest('.ready-dock') ?? null)).toBeNull();
    await dock(anna).getByRole('button', { name: 'Valmis' }).click();
    await dock(pekka).getByRole('button', { name: 'Tarvitsen lisää aikaa' }).tap();
    await expect
      .poll(() => dock(anna).getByRole('button', { name: 'Valmis' }).getAttribute('aria-pressed'))
      .toBe('true');
    await expect.poll(() => dock(pekka).getByRole('status').innerText()).toContain('Vastaus tallennettu: lisää aikaa');
    await expect.poll(() => facilitatorSummary().innerText()).toBe('Valmiina 1/2');
    await expect.poll(() => projectorCount()).toContain('1/2 valmiina');
    // The facilitator's count is a live region, said as it changes.
    expect(await facilitator.locator('.ready-control [role="status"]').innerText()).toBe('1/2 valmiina');

    await facilitatorSummary().click();
    expect(await facilitator.locator('.ready-list li').allInnerTexts()).toEqual(['Pekka – tarvitsee lisää aikaa']);
    expect(await seriousViolations(anna)).toEqual([]);
    expect(await seriousViolations(facilitator)).toEqual([]);
    await shootReadyCheck({ facilitator, anna, pekka, projector }, SHOTS);
  });

  it('an answer changes by keyboard; moving on clears the check on every screen', async () => {
    const ready = dock(pekka).getByRole('button', { name: 'Valmis' });
    await ready.focus();
    await pekka.keyboard.press('Enter');
    await expect.poll(() => ready.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => facilitatorSummary().innerText()).toBe('Valmiina 2/2');
    await expect.poll(() => projectorCount()).toContain('2/2 valmiina');

    await facilitator.getByRole('button', { name: 'Seuraava vaihe' }).click();
    await expect.poll(() => dock(anna).count()).toBe(0);
    await expect.poll(() => dock(pekka).count()).toBe(0);
    await expect.poll(() => projector.locator('.projector-ready').count()).toBe(0);
    await expect.poll(() => facilitatorSummary().innerText()).toBe('Valmiita?');
  });
});
