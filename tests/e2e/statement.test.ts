import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';

// The accessibility statement (Act 306/2019 §15-16): in fi, sv and en, naming the organisation
// that runs the server and its feedback channel, linked from every page's footer.
const SHOTS = '/tmp/statement-shots';
/** How many open points the statement lists (the web app's list, read as text: tests import no web code). */
const SOURCE = readFileSync(new URL('../../apps/web/src/statement/knownGaps.ts', import.meta.url), 'utf8');
const KNOWN_GAPS = (/KNOWN_GAPS[^=]*=\s*\[([^\]]*)\]/.exec(SOURCE)?.[1]?.match(/'statement\.gap\.\w+'/g) ?? []).length;
/** The day of the last assessment, as the statement writes it in fi, sv and en ("7. joulukuuta 2026", "7 december 2026"). */
const ASSESSED_DAY = Number(/ASSESSED = '\d{4}-\d{2}-(\d{2})'/.exec(SOURCE)?.[1]);
const OPERATOR = {
  name: 'Ohjaamo Kotka',
  accessibilityEmail: 'saavutettavuus@ohjaamo.example.fi',
  accessibilityFeedbackUrl: 'https://ohjaamo.example.fi/palaute',
};

let server: TestServer;
let bare: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startTestServer({ operator: OPERATOR });
  bare = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä', 'sv');
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  await bare?.dispose();
});

async function open(url: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const page = await (await newPerson(browser, 'Aino', { viewport })).newPage();
  await page.goto(url);
  return page;
}

const HEADINGS = { fi: 'Saavutettavuusseloste', sv: 'Tillgänglighetsutlåtande', en: 'Accessibility statement' };

describe('the accessibility statement', () => {
  for (const language of ['fi', 'sv', 'en'] as const) {
    it(`says what conforms, what does not, where feedback goes and who supervises, in ${language}`, async () => {
      const page = await open(`${server.url}/accessibility?lang=${language}`);
      const main = page.getByRole('main');
      await page.getByRole('heading', { level: 1, name: HEADINGS[language] }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await page.title()).toBe(`${HEADINGS[language]} – Avaa`);
      // The operator comes from the server's configuration (GET /api/operator).
      const mail = main.getByRole('link', { name: OPERATOR.accessibilityEmail });
      await mail.waitFor();
      expect(await main.innerText()).toContain('Ohjaamo Kotka');
      expect(await mail.getAttribute('href')).toBe(`mailto:${OPERATOR.accessibilityEmail}`);
      expect(await main.locator(`a[href="${OPERATOR.accessibilityFeedbackUrl}"]`).count()).toBe(1);
      // The supervising authority, with its address and site.
      expect(await main.locator('a[href="mailto:saavutettavuus@traficom.fi"]').count()).toBe(1);
      expect(await main.locator('a[href="https://www.saavutettavuusvaatimukset.fi/"]').count()).toBe(1);
      // What does not conform yet: one item per open point, each naming its WCAG criterion or standard.
      const gaps = main.getByRole('list', { name: /Puutteet|Brister|Known issues/ }).getByRole('listitem');
      expect(await gaps.count()).toBe(KNOWN_GAPS);
      expect(await main.innerText()).toMatch(new RegExp(`${ASSESSED_DAY}\\.? (joulukuuta|december|December) 2026`));
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/statement-${language}-1366.png`, fullPage: true });
      await page.context().close();
    });
  }

  it('without a configured contact, sends feedback to the organiser and still names the authority', async () => {
    const page = await open(`${bare.url}/accessibility?lang=fi`, { width: 390, height: 844 });
    const main = page.getByRole('main');
    await page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' }).waitFor();
    await main.getByText('työpajan järjestäjälle', { exact: false }).waitFor();
    expect(await main.locator('a[href^="mailto:"]').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/statement-default-fi-390.png`, fullPage: true });
    await page.context().close();
  });

  it('is linked from the footer of the start page, a workshop page and the join form, in the UI language', async () => {
    const start = await open(`${server.url}/?lang=sv`);
    await start.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsutlåtande' }).click();
    await start.getByRole('heading', { level: 1, name: 'Tillgänglighetsutlåtande' }).waitFor();
    await start.context().close();

    // The Swedish workshop's join form and board, for a person who never chose a language.
    const page = await open(workshop.links.participant);
    const footerLink = page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsutlåtande' });
    await footerLink.waitFor();
    await page.context().close();
    const board = await joinSwedish(workshop.links.participant);
    await board.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsutlåtande' }).click();
    await board.getByRole('heading', { level: 1, name: 'Tillgänglighetsutlåtande' }).waitFor();
    await board.context().close();
  });

  it('is not on the projector, which stays clean', async () => {
    const page = await open(workshop.links.projector, { width: 1920, height: 1080 });
    await page.getByRole('status').filter({ hasText: 'Ansluten' }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Tillgänglighetsutlåtande' }).count()).toBe(0);
    await page.context().close();
  });
});

/** A participant who joins the Swedish workshop through its (Swedish) join form. */
async function joinSwedish(link: string): Promise<Page> {
  const page = await (await newPerson(browser, 'Åsa')).newPage();
  await page.goto(link);
  const form = page.getByRole('form', { name: 'Gå med i workshopen' });
  await form.getByRole('textbox', { name: 'Ditt namn' }).fill('Åsa');
  await form.getByRole('radio').first().check();
  await form.getByRole('button', { name: 'Gå med', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Ansluten' }).first().waitFor();
  return page;
}
