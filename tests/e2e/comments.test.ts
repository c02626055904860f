import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { commentTexts, openThreadFromMenu, startNote, thread } from './support/comments.ts';
import { noteOnLaptopAndPhone } from './support/noteScene.ts';
import { type CreatedWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { waitLive } from './support/workshop.ts';

// The facilitator on a laptop and a participant on a phone comment on one note, live.
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let aino: Page;
let bertil: Page;

const NOTE = 'Ajanvaraus chatissa';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  ({ workshop, aino, bertil } = await noteOnLaptopAndPhone(browser, server.url, 'Ohjaamo Vantaa – kommentit', NOTE));
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('comments on a note', () => {
  it('a participant comments from the note menu by keyboard, and the other sees the count and the comment live', async () => {
    const dialog = await openThreadFromMenu(bertil, NOTE);
    const field = dialog.getByRole('textbox', { name: 'Kommenttisi' });
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    await field.fill('Onko chat auki myös iltaisin?');
    await field.press('Tab');
    await bertil.keyboard.press('Enter');
    await expect.poll(() => commentTexts(dialog)).toEqual(['Onko chat auki myös iltaisin?']);
    expect(await dialog.locator('.comment__author').innerText()).toBe('Bertil');

    const badge = startNote(aino, NOTE).getByRole('button', { name: `Kommentit lapulle ${NOTE}: 1 kommentti` });
    await badge.click();
    const ainos = thread(aino);
    await expect.poll(() => commentTexts(ainos)).toEqual(['Onko chat auki myös iltaisin?']);
    expect(await ainos.locator('.comment__byline').innerText()).toMatch(/^Bertil juuri nyt/);
  });

  it('shows the personal-data reminder while a comment looks like personal data', async () => {
    const field = thread(aino).getByRole('textbox', { name: 'Kommenttisi' });
    await field.fill('Soita asiakkaalle 040 1234567');
    await thread(aino).getByRole('status').filter({ hasText: 'henkilötietoja' }).waitFor();
    await field.fill('Kyllä, ti ja to klo 20 asti.');
    await thread(aino).getByRole('button', { name: 'Lähetä kommentti' }).click();
    await expect
      .poll(() => commentTexts(thread(bertil)))
      .toEqual(['Onko chat auki myös iltaisin?', 'Kyllä, ti ja to klo 20 asti.']);
  });

  it("offers editing only of one's own comments, and the edit reaches the other", async () => {
    const bertils = thread(bertil);
    expect(await bertils.getByRole('button', { name: /^Muokkaa kommenttiasi/ }).count()).toBe(1);
    expect(
      await thread(aino)
        .getByRole('button', { name: /^Muokkaa kommenttiasi/ })
        .count(),
    ).toBe(1);
    await bertils.getByRole('button', { name: 'Muokkaa kommenttiasi: Onko chat auki myös iltaisin?' }).click();
    const field = bertils.getByRole('textbox', { name: 'Kommenttisi' }).first();
    await field.fill('Onko chat auki myös viikonloppuisin?');
    await bertils.getByRole('button', { name: 'Tallenna muutos' }).click();
    await expect
      .poll(() => commentTexts(thread(aino)))
      .toEqual(['Onko chat auki myös viikonloppuisin?', 'Kyllä, ti ja to klo 20 asti.']);
    expect(await thread(aino).locator('.comment__edited').innerText()).toContain('muokattu');
  });

  it('lets the facilitator delete any comment; the participant deletes only their own', async () => {
    expect(
      await thread(bertil)
        .getByRole('button', { name: /^Poista kommentti/ })
        .count(),
    ).toBe(1);
    await thread(aino).getByRole('button', { name: 'Poista kommentti: Onko chat auki myös viikonloppuisin?' }).click();
    await expect
      .poll(() => commentTexts(thread(bertil)))
      .toEqual(['Kommentti on poistettu.', 'Kyllä, ti ja to klo 20 asti.']);
    expect(
      await thread(bertil)
        .getByRole('button', { name: /^Poista kommentti/ })
        .count(),
    ).toBe(0);
    await startNote(aino, NOTE)
      .getByRole('button', { name: /: 1 kommentti$/ })
      .waitFor({ state: 'attached' });
  });

  it('has no serious accessibility violations in the open thread, and Escape returns focus to the opener', async () => {
    expect(await seriousViolations(aino)).toEqual([]);
    await aino.keyboard.press('Escape');
    await thread(aino).waitFor({ state: 'detached' });
    const focused = await aino.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe(`Kommentit lapulle ${NOTE}: 1 kommentti`);
  });

  it('a viewer reads the thread but is offered no way to write', async () => {
    const viewer = await (await newPerson(browser, 'Katsoja')).newPage();
    await viewer.goto(workshop.links.facilitator.replace(/#token=.*/, `#token=${workshop.sync.tokens.viewer}`));
    await waitLive(viewer);
    await startNote(viewer, NOTE)
      .getByRole('button', { name: /1 kommentti$/ })
      .click();
    await expect
      .poll(() => commentTexts(thread(viewer)))
      .toEqual(['Kommentti on poistettu.', 'Kyllä, ti ja to klo 20 asti.']);
    expect(await thread(viewer).getByRole('textbox').count()).toBe(0);
    await thread(viewer).getByText('Voit lukea kommentteja').waitFor();
  });
});
