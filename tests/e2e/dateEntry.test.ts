import { mkdir } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { createWorkshop, startTestServer, type TestServer } from './support/server.ts';

// Issue 13: the close-round form's date follows the workshop's language, not the browser's
// locale: an American browser (en-US, where a date input shows mm/dd/yyyy) closes a round of a
// Finnish workshop in d.m.yyyy and of a Swedish one in yyyy-mm-dd; a date that is not one is
// refused with a clear error in the field, by keyboard.
const SHOTS = '/tmp/date-entry-shots';
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

/** The facilitator of a new workshop in an en-US browser, on its rounds page. */
async function roundsPage(language: 'fi' | 'sv', title: string, pages: string, rounds: string): Promise<Page> {
  const workshop = await createWorkshop(server.url, title, language);
  const page = await (await newPerson(browser, 'Fasilitaattori', { viewport: LAPTOP, locale: 'en-US' })).newPage();
  await page.goto(workshop.links.facilitator);
  await page.getByRole('navigation', { name: pages }).getByRole('link', { name: rounds }).click();
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  return page;
}

/** The field's description (its format hint, then its error), as a screen reader reads it. */
function description(field: Locator): Promise<string> {
  return field.evaluate((input) =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' '),
  );
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const [size, viewport] of [
    ['1366', LAPTOP],
    ['390', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.locator('.round-close').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${name}-${size}.png` });
  }
  await page.setViewportSize(LAPTOP);
}

const today = new Date();
const pad = (value: number) => String(value).padStart(2, '0');

describe('the close-round date in the workshop’s language, in an en-US browser', { timeout: 60_000 }, () => {
  it('takes d.m.yyyy in a Finnish workshop and refuses a day that does not exist', async () => {
    const page = await roundsPage('fi', 'Ohjaamo Kotka – kehittämispäivä', 'Työpajan sivut', 'Kierrokset');
    const field = page.getByRole('textbox', { name: 'Päivämäärä' });
    expect(await field.inputValue()).toBe(`${today.getDate()}.${today.getMonth() + 1}.${today.getFullYear()}`);
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    expect(await description(field)).toBe('Esimerkiksi 24.11.2026');

    await field.fill('31.2.2026');
    await field.press('Enter');
    await page.getByText('Päivämäärä ei kelpaa. Kirjoita se esimerkiksi muodossa 24.11.2026.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await description(field)).toContain('Päivämäärä ei kelpaa.');
    expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.getByText('Kierroksia ei ole vielä suljettu.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'fi-invalid');

    // Typing a date the name follows; the arrow keys step a day.
    await field.fill('5.1.2027');
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Kierroksen nimi' }).inputValue())
      .toBe('Kehittämispäivä 5.1.2027');
    await field.press('ArrowUp');
    expect(await field.inputValue()).toBe('6.1.2027');
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    await field.press('Enter');
    const list = page.getByRole('region', { name: 'Suljetut kierrokset' });
    await list.getByText('6.1.2027', { exact: true }).waitFor();
    await list.getByText('Kehittämispäivä 6.1.2027').waitFor();
    await shoot(page, 'fi-closed');
  });

  it('takes yyyy-mm-dd in a Swedish workshop and refuses the American order', async () => {
    const page = await roundsPage('sv', 'Navigatorn Vasa – utvecklingsdag', 'Workshopens sidor', 'Omgångar');
    const field = page.getByRole('textbox', { name: 'Datum' });
    expect(await field.inputValue()).toBe(
      `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`,
    );
    expect(await description(field)).toBe('Till exempel 2026-11-24');

    await field.fill('01/06/2027');
    await page.getByRole('button', { name: 'Avsluta omgången' }).click();
    await page.getByText('Datumet är inte giltigt. Skriv det till exempel som 2026-11-24.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await shoot(page, 'sv-invalid');

    await field.fill('2027-01-06');
    await field.press('ArrowDown');
    expect(await field.inputValue()).toBe('2027-01-05');
    await page.getByRole('button', { name: 'Avsluta omgången' }).click();
    const list = page.getByRole('region', { name: 'Avslutade omgångar' });
    await list.getByText('2027-01-05', { exact: true }).waitFor();
    await list.getByText('Utvecklingsdag 2027-01-05').waitFor();
    await shoot(page, 'sv-closed');
  });
});
