import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop } from './support/workshop.ts';

// The service-path panel on the common table: one person creates a path and adds its steps by
// keyboard only, another sees it at once and reads it as a screen reader does.
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let alice: Page;
let bob: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Palvelupolkutesti');
  alice = await joinWorkshop(await (await newPerson(browser, 'Aino')).newPage(), workshop.links.participant, 'Aino');
  bob = await joinWorkshop(await (await newPerson(browser, 'Bertil')).newPage(), workshop.links.participant, 'Bertil');
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

const toggle = (page: Page) => page.getByRole('button', { name: /^Palvelupolut \(\d+\)$/ });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Palvelupolut' });
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.getAttribute('aria-label') ?? active?.textContent ?? null;
  });

/** The step names a screen reader hears in the path's ordered list (Playwright's aria snapshot). */
async function stepNames(page: Page, label: string): Promise<string[]> {
  const snapshot = await panel(page)
    .getByRole('list', { name: `Polun ${label} vaiheet` })
    .ariaSnapshot();
  return [...snapshot.matchAll(/listitem "(.*?)"/g)].map((match) => match[1] ?? '');
}

describe('the service-path panel', () => {
  it('creates a path and its missing services by keyboard, and another person sees them live', async () => {
    expect(await toggle(bob).innerText()).toBe('Palvelupolut (0)');
    await toggle(alice).focus();
    await alice.keyboard.press('Enter');
    await expect.poll(() => focusedName(alice)).toBe('Palvelupolut');
    // Tab to "Uusi polku" past the close button, open the form, type a name of one's own.
    await alice.keyboard.press('Tab');
    await alice.keyboard.press('Tab');
    expect(await focusedName(alice)).toBe('+ Uusi polku');
    await alice.keyboard.press('Enter');
    // The name field has the focus as soon as the form is there: type at once.
    await alice.keyboard.type('Nuori, joka tarvitsee asumisneuvontaa');
    await alice.keyboard.press('Enter');
    await expect.poll(() => focusedName(alice)).toBe('Polku A: Nuori, joka tarvitsee asumisneuvontaa');
    // Drawing started: the table may be picked from now on, and the panel says so.
    await panel(alice).getByRole('button', { name: 'Polku A valmis' }).waitFor();

    await expect.poll(() => toggle(bob).innerText()).toBe('Palvelupolut (1)');

    const add = panel(alice).getByRole('button', { name: 'Lisää puuttuva palvelu polulle A' });
    await add.focus();
    await alice.keyboard.press('Enter');
    const form = panel(alice).getByRole('form', { name: 'Lisää puuttuva palvelu polulle A' });
    await form.getByRole('combobox').selectOption({ label: 'Asiakkuuden aikana' });
    await form.getByRole('textbox').focus();
    await alice.keyboard.type('Asumisneuvonta samassa paikassa');
    await alice.keyboard.press('Enter');
    await form.getByRole('combobox').selectOption({ label: 'Alkuvaihe' });
    await form.getByRole('textbox').focus();
    await alice.keyboard.type('Chat-ohjaus iltaisin');
    await alice.keyboard.press('Enter');
    await panel(alice).getByRole('button', { name: 'Siirrä vaihe 2 ylös' }).focus();
    await alice.keyboard.press('Enter');
    await expect.poll(() => focusedName(alice)).toBe('Siirrä vaihe 1 alas');

    await toggle(bob).click();
    await expect
      .poll(() => stepNames(bob, 'A'))
      .toEqual([
        'Vaihe 1/2, Alkuvaihe: Chat-ohjaus iltaisin (puuttuva palvelu)',
        'Vaihe 2/2, Asiakkuuden aikana: Asumisneuvonta samassa paikassa (puuttuva palvelu)',
      ]);
    await panel(bob).getByText('Ohittaa: Ennen asiakkuuden alkua, Asiakkuuden päättövaihe, Seurantavaihe').waitFor();
    // Bob marks a risk; Aino hears it in the step's name.
    await panel(bob).getByRole('button', { name: 'Vaiheen 2 toiminnot' }).click();
    await panel(bob)
      .getByRole('combobox', { name: 'Merkitse riski vaiheeseen 2' })
      .selectOption({ label: 'luukuttaminen' });
    await expect
      .poll(() => stepNames(alice, 'A'))
      .toEqual([
        'Vaihe 1/2, Alkuvaihe: Chat-ohjaus iltaisin (puuttuva palvelu)',
        'Vaihe 2/2, Asiakkuuden aikana: Asumisneuvonta samassa paikassa (puuttuva palvelu); riski: luukuttaminen',
      ]);
  });

  it('has no serious accessibility violations with a path, its steps and a step editor open', async () => {
    await panel(alice).getByRole('button', { name: 'Vaiheen 2 toiminnot' }).click();
    await panel(alice).getByRole('textbox', { name: 'Vaiheen 2 riskin perustelu' }).waitFor();
    expect(await seriousViolations(alice)).toEqual([]);
  });

  it('remembers on this device that the panel was open', async () => {
    await bob.reload();
    await panel(bob).getByRole('heading', { name: 'Palvelupolut' }).waitFor();
    expect(await toggle(bob).getAttribute('aria-expanded')).toBe('true');
  });

  it('leads to the same paths side by side, the board seen another way, under the board’s tab', async () => {
    await panel(bob).getByRole('link', { name: 'Näytä kaikki polut rinnakkain' }).click();
    await bob.getByRole('table', { name: 'Palvelupolut vaiheittain' }).waitFor();
    expect(new URL(bob.url()).pathname).toMatch(/\/paths$/);
    const tab = bob
      .getByRole('navigation', { name: 'Työpajan sivut' })
      .getByRole('link', { name: 'Yhteinen taulukko' });
    expect(await tab.getAttribute('aria-current')).toBe('page');
  });
});
