import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import { fillJoinForm, ROLE, waitLive } from './support/workshop.ts';

// Issue 13, point 1: the facilitator lost the workshop (the token lived in one tab only); and
// participants come back as the same person.

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

const TITLE = 'Ohjaamo Lahti – kehittämispäivä';

/** Creates a workshop on the start page; returns the facilitator link it shows. */
async function createOnStartPage(page: Page, title: string): Promise<string> {
  await page.goto(server.url);
  await page.getByRole('textbox', { name: 'Työpajan nimi' }).fill(title);
  await page.getByRole('button', { name: 'Luo työpaja' }).click();
  return page.getByRole('textbox', { name: 'Linkki: Fasilitaattori' }).inputValue();
}

const workshopIdOf = (link: string) => new URL(link).pathname.split('/')[2] as string;
const peopleLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Työpajan sivut' }).getByRole('link', { name: 'Ihmiset ja ryhmät' });

describe('the facilitator never loses the workshop', () => {
  let context: BrowserContext;
  let link: string;

  it('shows the links again after a reload of the page that created the workshop', async () => {
    context = await newPerson(browser, 'Fasilitaattori');
    const page = await context.newPage();
    link = await createOnStartPage(page, TITLE);
    expect(link).toContain('#token=');
    const mail = page.getByRole('link', { name: 'Lähetä itselleni sähköpostilla' });
    expect(decodeURIComponent((await mail.getAttribute('href')) ?? '')).toContain(link);
    await page.reload();
    const field = page.getByRole('textbox', { name: 'Linkki: Fasilitaattori' });
    await field.waitFor();
    expect(await field.inputValue()).toBe(link);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().innerText()).toContain(TITLE);
    await page.close();
  });

  it('opens the workshop at its bare address in a new tab, as a bookmark would', async () => {
    const tab = await context.newPage();
    await tab.goto(`${server.url}/w/${workshopIdOf(link)}`);
    await waitLive(tab);
    await peopleLink(tab).waitFor();
    await tab.close();
  });

  it('lists it on the start page the next day, opens it, and shows, copies and e-mails the link again', async () => {
    const nextDay = await context.newPage();
    await nextDay.goto(server.url);
    const list = nextDay.getByRole('region', { name: 'Tämän laitteen työpajat' });
    const entry = list.getByRole('listitem').filter({ hasText: TITLE });
    await entry.waitFor();
    expect(await entry.innerText()).toContain('Fasilitaattori');
    expect(await entry.innerText()).toMatch(/Avattu viimeksi \d{1,2}\.\d{1,2}\.\d{4}/);
    expect(await seriousViolations(nextDay)).toEqual([]);
    await entry.getByRole('link', { name: `Avaa työpaja ${TITLE}` }).click();
    await waitLive(nextDay);
    await peopleLink(nextDay).click();
    const panel = nextDay.getByRole('region', { name: 'Fasilitaattorin linkki', exact: true });
    await panel.getByRole('button', { name: 'Näytä fasilitaattorin linkki' }).click();
    const field = panel.getByRole('textbox', { name: 'Linkki: Fasilitaattorin linkki' });
    expect(await field.inputValue()).toBe(link);
    const mail = panel.getByRole('link', { name: 'Lähetä itselleni sähköpostilla' });
    const href = (await mail.getAttribute('href')) ?? '';
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    expect(decodeURIComponent(href)).toContain(link);
    expect(await panel.innerText()).toContain('älä jaa sitä osallistujille');
    expect(await seriousViolations(nextDay)).toEqual([]);
    await nextDay.close();
  });

  it('forgets the workshop on this device when asked, after a warning', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    const entry = page.getByRole('listitem').filter({ hasText: TITLE });
    await entry.getByRole('button', { name: `Unohda tällä laitteella: ${TITLE}` }).click();
    expect(await entry.innerText()).toContain('Tallenna fasilitaattorin linkki ensin');
    expect(await seriousViolations(page)).toEqual([]);
    await entry.getByRole('button', { name: 'Unohda työpaja', exact: true }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Tämän laitteen työpajat' }).count()).toBe(0);
    await page.goto(`${server.url}/w/${workshopIdOf(link)}`);
    await page.getByRole('heading', { name: 'Linkistä puuttuu pääsyavain' }).waitFor();
    await context.close();
  });
});

describe('every QR code lets a fresh phone join', () => {
  it('the start page’s and the people page’s QR codes carry the participant link; the phone stays the same person', async () => {
    const context = await newPerson(browser, 'Fasilitaattori');
    const page = await context.newPage();
    const facilitatorLink = await createOnStartPage(page, 'Ohjaamo Vaasa');
    const participantLink = await page.getByRole('textbox', { name: 'Linkki: Osallistujat' }).inputValue();
    const startQr = await page
      .getByRole('img', { name: 'QR-koodi osallistujien linkkiin' })
      .getAttribute('data-qr-text');
    expect(startQr).toBe(participantLink);
    expect(startQr).toContain('#token=');

    // A phone that has never seen the workshop scans the code.
    const phone = await newPerson(browser, 'Anna', { viewport: { width: 390, height: 844 }, hasTouch: true });
    const scanned = await phone.newPage();
    await scanned.goto(startQr as string);
    await fillJoinForm(scanned, 'Anna', ROLE.coreStaff);
    await waitLive(scanned);
    const personOf = (p: Page) =>
      p.evaluate((id) => localStorage.getItem(`avaa:person:${id}`), workshopIdOf(facilitatorLink));
    const joinedAs = await personOf(scanned);
    expect(joinedAs).toContain('"name":"Anna"');

    // Scanning again later, in a new tab: the same person, no second join.
    await scanned.close();
    const again = await phone.newPage();
    await again.goto(startQr as string);
    await waitLive(again);
    expect(await again.getByRole('form', { name: 'Liity työpajaan' }).count()).toBe(0);
    expect(await personOf(again)).toBe(joinedAs);
    await again.goto(server.url);
    const entry = again.getByRole('listitem').filter({ hasText: 'Ohjaamo Vaasa' });
    await entry.waitFor();
    expect(await entry.innerText()).toContain('Osallistuja: Anna');

    const facilitator = await context.newPage();
    await facilitator.goto(facilitatorLink);
    await waitLive(facilitator);
    await peopleLink(facilitator).click();
    await facilitator.getByRole('button', { name: 'Näytä QR-koodi' }).click();
    const peopleQr = facilitator.getByRole('img', { name: 'QR-koodi osallistujien linkkiin' });
    expect(await peopleQr.getAttribute('data-qr-text')).toBe(participantLink);
    // Anna is one person, however often she came back.
    await facilitator.getByRole('listitem').filter({ hasText: 'Anna' }).first().waitFor();
    expect(await facilitator.getByRole('listitem').filter({ hasText: 'Anna' }).count()).toBe(1);
    await phone.close();
    await context.close();
  });
});
