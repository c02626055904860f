import { mkdir } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { pathOf } from './support/facilitation.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { waitLive } from './support/workshop.ts';

// Issue 13: on a phone (390x844) the workshop's pages are one row of tabs that scrolls
// sideways. A fade and an arrow at the side with more tabs say so; every tab is reached by
// keyboard (each in sight when focused), by touch (the arrow) and the current page's tab is in
// sight when a page opens. On a laptop the tabs fit and show no cue.
const SHOTS = '/tmp/phone-nav-shots';
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let phone: Page;

const navOf = (page: Page, label: string) => page.getByRole('navigation', { name: label });
const more = (page: Page, side: 'before' | 'after') => page.locator(`.workshop-nav__more--${side}`);

/** Whether the page's tab row is wider than its box, i.e. some tabs are out of sight. */
const overflows = (page: Page) =>
  page.locator('.workshop-nav ul').evaluate((list) => list.scrollWidth > list.clientWidth + 1);

/** Whether the element is shown inside the window (not hidden, not off screen). */
async function inSight(locator: Locator): Promise<boolean> {
  if (!(await locator.isVisible())) return false;
  const box = await locator.boundingBox();
  const page = locator.page();
  const size = page.viewportSize() ?? PHONE;
  return !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
}

/** Whether the whole tab is in sight and nothing (an arrow, the fade's button) lies over its ends. */
function tabUncovered(link: Locator): Promise<boolean> {
  return link.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const list = element.closest('ul')?.getBoundingClientRect();
    if (!list || box.left < list.left - 0.5 || box.right > list.right + 0.5) return false;
    const y = box.top + box.height / 2;
    return [box.left + 3, box.left + box.width / 2, box.right - 3].every((x) =>
      element.contains(document.elementFromPoint(x, y)),
    );
  });
}

/** Tab from the first tab to the last; each is focused in turn and in sight. Returns their names. */
async function tabThrough(page: Page, label: string): Promise<string[]> {
  const links = navOf(page, label).getByRole('link');
  const count = await links.count();
  await links.first().focus();
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    const link = links.nth(i);
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(() => tabUncovered(link)).toBe(true);
    names.push((await link.innerText()).trim());
  }
  return names;
}

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä');
  phone = await (await newPerson(browser, 'Fasilitaattori', { viewport: PHONE, hasTouch: true })).newPage();
  await phone.goto(workshop.links.facilitator);
  await waitLive(phone);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('the workshop’s tabs on a phone', { timeout: 60_000 }, () => {
  it('shows that more tabs follow, and reaches every tab by keyboard', async () => {
    expect(await overflows(phone)).toBe(true);
    await expect.poll(() => inSight(more(phone, 'after'))).toBe(true);
    expect(await more(phone, 'before').isVisible()).toBe(false);
    await phone.screenshot({ path: `${SHOTS}/phone-tabs-start-fi.png` });
    expect(await tabThrough(phone, 'Työpajan sivut')).toEqual([
      'Yhteinen taulukko',
      'Yleiskuva',
      'Sopimukset',
      'Kierrokset',
      'Ihmiset ja ryhmät',
    ]);
    // At the end the cue turns round: the tabs before are out of sight now.
    await expect.poll(() => inSight(more(phone, 'before'))).toBe(true);
    expect(await more(phone, 'after').isVisible()).toBe(false);
    await phone.screenshot({ path: `${SHOTS}/phone-tabs-end-fi.png` });
    expect(await seriousViolations(phone)).toEqual([]);
  });

  it('scrolls the tabs by touch with the arrow, and the last tab opens its page', async () => {
    await phone.locator('.workshop-nav ul').evaluate((list) => list.scrollTo({ left: 0 }));
    await expect.poll(() => inSight(more(phone, 'after'))).toBe(true);
    for (let taps = 0; taps < 6 && (await more(phone, 'after').isVisible()); taps++) {
      await more(phone, 'after').tap();
      await phone.waitForTimeout(400); // the smooth scroll
    }
    expect(await more(phone, 'after').isVisible()).toBe(false);
    const people = navOf(phone, 'Työpajan sivut').getByRole('link', { name: 'Ihmiset ja ryhmät' });
    expect(await tabUncovered(people)).toBe(true);
    await people.tap();
    await expect.poll(() => pathOf(phone)).toBe(`/w/${workshop.id}/people`);
  });

  it('keeps the current page’s tab in sight when a page at the end opens', async () => {
    await phone.goto(`${server.url}/w/${workshop.id}/rounds`);
    await waitLive(phone);
    const current = navOf(phone, 'Työpajan sivut').locator('[aria-current="page"]');
    expect(await current.innerText()).toBe('Kierrokset');
    await expect.poll(() => tabUncovered(current)).toBe(true);
    await expect.poll(() => inSight(more(phone, 'before'))).toBe(true);
    await phone.screenshot({ path: `${SHOTS}/phone-tabs-rounds-fi.png` });
  });

  it('does the same in Swedish', async () => {
    await phone.goto(`${server.url}/w/${workshop.id}`);
    await waitLive(phone);
    await phone.getByRole('button', { name: 'Valikko' }).click();
    await phone.locator('.page-header .language-select select').selectOption('sv');
    await phone.getByRole('button', { name: 'Meny' }).click();
    await expect.poll(() => inSight(more(phone, 'after'))).toBe(true);
    await phone.screenshot({ path: `${SHOTS}/phone-tabs-start-sv.png` });
    expect(await tabThrough(phone, 'Workshopens sidor')).toEqual([
      'Gemensam tabell',
      'Översikt',
      'Överenskommelser',
      'Omgångar',
      'Personer och grupper',
    ]);
    await phone.screenshot({ path: `${SHOTS}/phone-tabs-end-sv.png` });
  });

  it('shows every tab without a cue on a laptop', async () => {
    await phone.setViewportSize(LAPTOP);
    await expect.poll(() => overflows(phone)).toBe(false);
    expect(await more(phone, 'after').isVisible()).toBe(false);
    expect(await more(phone, 'before').isVisible()).toBe(false);
    for (const link of await navOf(phone, 'Workshopens sidor').getByRole('link').all()) {
      expect(await tabUncovered(link)).toBe(true);
    }
    await phone.screenshot({ path: `${SHOTS}/laptop-tabs-sv.png` });
    await phone.locator('.page-header .language-select select').selectOption('fi');
    await phone.screenshot({ path: `${SHOTS}/laptop-tabs-fi.png` });
  });
});
