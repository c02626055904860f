import { mkdir } from 'node:fs/promises';
import { addAgreement, closeRound, setStage, startTimer } from '@avaa/board-model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { seedNotes } from './support/seedNotes.ts';
import { formWorkshopGroups, joinPeople, openRoom, seedGroupBoards } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';

// WCAG 1.4.10 (reflow): at 320 CSS px no facilitator page scrolls sideways, in any language,
// with a timer running (its controls are the widest row). And 2.4.7/2.4.11: the timer's
// pop-over opens inside the window at laptop sizes.
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
/** A workshop without a timer: the facilitator's "set a timer" sits elsewhere in the header. */
let idle: CreatedWorkshop;

const LANGUAGES = ['fi', 'sv', 'en'] as const;
const PAGES = ['', '/overview', '/people', '/agreements', '/rounds'] as const;
const LIVE = /Yhteydessä|Ansluten|Live/;
const SHOTS = '/tmp/reflow-shots';

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä');
  idle = await createWorkshop(server.url, 'Ohjaamo Kotka – toinen päivä');
  const token = workshop.sync.tokens.facilitator as string;
  await seedNotes(workshop.sync.url, workshop.sync.board, token, 1);
  // A day under way: groups with notes, an agreement, a closed round, group work, a timer.
  const people = ['Aino', 'Bertil', 'Cecilia', 'Daniel', 'Elina', 'Frans'];
  await joinPeople(
    server.url,
    workshop,
    people.map((name) => ({ name, role: 'core-staff' as const })),
  );
  const groups = await formWorkshopGroups(workshop, 3);
  await seedGroupBoards(workshop, groups, ['Matalan kynnyksen ajanvaraus', 'Verkostotapaaminen'], 3);
  const room = await openRoom(workshop, `${workshop.id}/workshop`, token);
  const table = await openRoom(workshop, workshop.sync.board, token);
  const item = {
    text: 'Yhteinen ajanvarauskalenteri kaikille ammattilaisille',
    owner: 'Tiimivastaava',
    due: '2027-01-15',
  };
  for (const done of [
    addAgreement(room.doc, 'needs-preparation', item),
    closeRound(room.doc, table.doc, { name: 'Syyskierros', date: '2026-11-24' }),
    setStage(room.doc, 'group-work'),
    startTimer(room.doc, 10 * 60_000, Date.now()),
  ]) {
    if (!done.ok) throw new Error(done.error);
  }
  await Promise.all([room.close(), table.close()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

/** The facilitator's page in a language, at a size, live. */
async function facilitatorPage(
  language: string,
  path: string,
  viewport: { width: number; height: number },
  opened = workshop,
) {
  const context = await newPerson(browser, 'Fasilitaattori', { viewport });
  const page = await context.newPage();
  const link = new URL(opened.links.facilitator);
  await page.goto(`${link.origin}/w/${opened.id}${path}?lang=${language}${link.hash}`);
  await page.getByRole('status').filter({ hasText: LIVE }).first().waitFor();
  if (opened === workshop) await page.getByRole('timer').first().waitFor();
  return page;
}

const scrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);

describe('reflow at 320 px (1.4.10)', () => {
  for (const language of LANGUAGES) {
    it(`no facilitator page scrolls sideways in ${language}`, async () => {
      const widths: Record<string, number> = {};
      for (const path of PAGES) {
        const page = await facilitatorPage(language, path, { width: 320, height: 640 });
        const folded = await scrollWidth(page);
        // The folded header's Menu shows the stage line, the timer's controls and the rest.
        await page.getByRole('button', { name: /^(Valikko|Meny|Menu)$/ }).click();
        await page.screenshot({
          path: `${SHOTS}/320-${language}${path.replace('/', '-') || '-board'}.png`,
          fullPage: true,
        });
        widths[path || '/'] = Math.max(folded, await scrollWidth(page));
        await page.context().close();
      }
      expect(widths).toEqual(Object.fromEntries(PAGES.map((path) => [path || '/', 320])));
    });
  }
});

describe('the timer pop-over (2.4.7, 2.4.11)', () => {
  const SIZES = [
    { language: 'fi', width: 1280, height: 800 },
    { language: 'sv', width: 1366, height: 768 },
    { language: 'en', width: 1366, height: 768 },
    { language: 'sv', width: 320, height: 640 },
  ] as const;
  for (const { language, width, height } of SIZES) {
    it(`opens inside the window at ${width}x${height} in ${language}, with and without a timer`, async () => {
      const outside: unknown[] = [];
      for (const opened of [idle, workshop]) {
        const page = await facilitatorPage(language, '', { width, height }, opened);
        if (width < 760) await page.getByRole('button', { name: /^(Valikko|Meny|Menu)$/ }).click();
        await page.locator('.new-timer summary').click();
        const presets = page.locator('.new-timer__presets button');
        await presets.first().waitFor();
        for (const preset of await presets.all()) {
          const box = await preset.boundingBox();
          if (!box || box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height) {
            outside.push({ timer: opened === workshop, preset: await preset.innerText(), box });
          }
        }
        await page.screenshot({ path: `${SHOTS}/timer-${width}-${language}${opened === idle ? '-idle' : ''}.png` });
        await page.context().close();
      }
      expect(outside).toEqual([]);
    });
  }
});

describe('the floating time (2.4.11)', () => {
  it('never hides the focused control at 320 px with the menu open', async () => {
    const page = await facilitatorPage('sv', '', { width: 320, height: 640 });
    await page.getByRole('button', { name: 'Meny' }).click();
    // Each control that scrolls under the window's top right corner, focused there by keyboard.
    const hidden: string[] = [];
    let checked = 0;
    for (let y = 0; y < 2000 && checked < 6; y += 40) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      const float = page.locator('.timer-float');
      if ((await float.count()) === 0) continue;
      const under = await page.evaluate(() => {
        const place = document.querySelector('.timer-float')?.getBoundingClientRect();
        if (!place) return -1;
        const controls = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, select, input, summary'));
        return controls.findIndex((control) => {
          const box = control.getBoundingClientRect();
          return (
            control.checkVisibility() &&
            box.width > 0 &&
            box.right > place.left &&
            box.left < place.right &&
            box.bottom > place.top &&
            box.top < place.bottom
          );
        });
      });
      if (under < 0) continue;
      checked++;
      const name = await page.evaluate((index) => {
        const control = document.querySelectorAll<HTMLElement>('a[href], button, select, input, summary')[index];
        control?.focus({ preventScroll: true });
        return control?.outerHTML.slice(0, 80) ?? '';
      }, under);
      await expect
        .poll(() => float.evaluate((element) => getComputedStyle(element).visibility))
        .toBe('hidden')
        .catch(() => hidden.push(name));
    }
    await page.screenshot({ path: `${SHOTS}/320-sv-float.png` });
    await page.context().close();
    expect(checked).toBeGreaterThan(0);
    expect(hidden).toEqual([]);
  });

  it('covers neither the service paths’ tab nor the sticky bar on a laptop', async () => {
    const page = await facilitatorPage('sv', '', { width: 1366, height: 768 });
    await page.evaluate(() => window.scrollTo(0, 600));
    const float = page.locator('.timer-float');
    await float.waitFor();
    const overlaps = await page.evaluate(() => {
      const place = document.querySelector('.timer-float')?.getBoundingClientRect();
      if (!place) return ['no floating time'];
      const over = (box: DOMRect) =>
        box.width > 0 &&
        box.right > place.left &&
        box.left < place.right &&
        box.bottom > place.top &&
        box.top < place.bottom;
      const fixed = Array.from(
        document.querySelectorAll<HTMLElement>('.path-panel-toggle--tab, .vote-bar, .site-header'),
      );
      return fixed
        .filter((element) => element.checkVisibility() && over(element.getBoundingClientRect()))
        .map((e) => e.className);
    });
    await page.screenshot({ path: `${SHOTS}/1366-sv-float.png` });
    await page.context().close();
    expect(overlaps).toEqual([]);
  });
});
