import { mkdirSync } from 'node:fs';
import { setProjectorView } from '@avaa/board-model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { startNote } from './support/comments.ts';
import { noteOnLaptopAndPhone, shootReloaded } from './support/noteScene.ts';
import { asFacilitator } from './support/projector.ts';
import { type CreatedWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// Two participants react to one note (a phone by keyboard from the note menu, a laptop on the
// card), the facilitator hides the names. Screenshots go to /tmp/reactions-shots.
const SHOTS = '/tmp/reactions-shots';
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let aino: Page;
let bertil: Page;
let cecilia: Page;

const NOTE = 'Ajanvaraus chatissa';
function shoot(page: Page, name: string, language: 'fi' | 'sv'): Promise<void> {
  return shootReloaded(page, `${SHOTS}/${name}`, language, '.note-reactions');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  ({ workshop, aino, bertil } = await noteOnLaptopAndPhone(browser, server.url, 'Ohjaamo Vantaa – reaktiot', NOTE));
  cecilia = await joinWorkshop(
    await (await newPerson(browser, 'Cecilia')).newPage(),
    workshop.links.participant,
    'Cecilia',
  );
  await startNote(cecilia, NOTE).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('reactions on a note', () => {
  it('a participant reacts from the note menu by keyboard; the others see the count and who', async () => {
    const note = startNote(bertil, NOTE);
    await note.getByRole('button', { name: `Lapun toiminnot: ${NOTE}` }).press('Enter');
    const agree = note.getByRole('group', { name: 'Reagoi' }).getByRole('button', { name: /Samaa mieltä/ });
    await agree.press('Enter');
    await expect.poll(() => agree.getAttribute('aria-pressed')).toBe('true');
    const onCecilias = startNote(cecilia, NOTE).getByRole('button', { name: 'Samaa mieltä: 1' });
    await expect.poll(() => onCecilias.getAttribute('title')).toBe('Samaa mieltä: 1 (Bertil)');
    expect(await onCecilias.getAttribute('aria-pressed')).toBe('false');
    await onCecilias.click();
    // The facilitator's screen does not react: the count is an image with a name there.
    const both = startNote(aino, NOTE).getByRole('img', { name: 'Samaa mieltä: 2 (Bertil, Cecilia)' });
    await both.waitFor();
    await expect
      .poll(() =>
        startNote(cecilia, NOTE).getByRole('button', { name: 'Samaa mieltä: 2' }).getAttribute('aria-pressed'),
      )
      .toBe('true');
    expect(await seriousViolations(cecilia)).toEqual([]);
  });

  it('my toggles come back after a reload', async () => {
    await cecilia.reload();
    await waitLive(cecilia);
    const mine = startNote(cecilia, NOTE).getByRole('button', { name: 'Samaa mieltä: 2' });
    await expect.poll(() => mine.getAttribute('aria-pressed')).toBe('true');
  });

  it('the facilitator makes reactions anonymous: counts stay, names go', async () => {
    await aino.getByRole('checkbox', { name: 'Reaktiot nimettömästi' }).check();
    const onBertils = startNote(bertil, NOTE).getByRole('button', { name: 'Samaa mieltä: 2' });
    await expect.poll(() => onBertils.getAttribute('title')).toBe('Samaa mieltä: 2');
    await startNote(bertil, NOTE).getByRole('button', { name: 'Samaa mieltä: 2' }).click();
    await startNote(aino, NOTE).getByRole('img', { name: 'Samaa mieltä: 1' }).waitFor();
    await aino.getByRole('checkbox', { name: 'Reaktiot nimettömästi' }).uncheck();
    await startNote(aino, NOTE).getByRole('img', { name: 'Samaa mieltä: 1 (Cecilia)' }).waitFor();
  });

  it('the projector shows the counts, readable, without names', async () => {
    const projector = await (
      await newPerson(browser, 'Projektori', { viewport: { width: 1280, height: 720 } })
    ).newPage();
    await asFacilitator(workshop, 'workshop', (doc) => setProjectorView(doc, 'table'));
    await projector.goto(workshop.links.projector);
    // The note's text is hyphenated there (soft hyphens): it is the only note.
    const agree = projector.locator('.projector-note').getByRole('img', { name: 'Samaa mieltä: 1' });
    await agree.waitFor();
    expect(await agree.innerText()).toBe('✓ 1');
    const fontPx = await agree.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(fontPx).toBeGreaterThanOrEqual(14);
    await projector.screenshot({ path: `${SHOTS}/projector-1280x720-fi.png` });
    await projector.close();
  });

  it('takes screenshots on a laptop and a phone in Finnish and Swedish', async () => {
    const note = startNote(cecilia, NOTE);
    await note.getByRole('button', { name: `Lapun toiminnot: ${NOTE}` }).click();
    await note.getByRole('group', { name: 'Reagoi' }).getByRole('button', { name: /Idea/ }).click();
    await startNote(bertil, NOTE).getByRole('button', { name: 'Idea: 1' }).waitFor();
    // The note menu open on the phone.
    const phoneNote = startNote(bertil, NOTE);
    const menuButton = phoneNote.locator('.note__menu-button');
    if ((await menuButton.getAttribute('aria-expanded')) !== 'true') await menuButton.click();
    await phoneNote.locator('.reactions-menu').scrollIntoViewIfNeeded();
    await bertil.screenshot({ path: `${SHOTS}/menu-390x844-fi.png` });
    for (const language of ['fi', 'sv'] as const) {
      await shoot(cecilia, 'board', language);
      await shoot(bertil, 'board', language);
      await shoot(aino, 'facilitator', language);
    }
  });
});
