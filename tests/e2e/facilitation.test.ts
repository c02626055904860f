import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { pathOf, personIdOf, placeInGroups, seconds } from './support/facilitation.ts';
import { joinPeople } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { joinWorkshop, waitLive } from './support/workshop.ts';

// The facilitator runs the day: moves through the stages, shows a group's board and one cell to
// everyone, and runs the shared timer. A participant's screen (Anna, group 1) and the projector
// follow; Anna steps out and back in; the timer survives her reload and ends with a gentle signal.
const SHOTS = '/tmp/stage-shots';

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let facilitator: Page;
let anna: Page;
let projector: Page;

const at = (path = '') => `/w/${workshop.id}${path}`;
const stageOf = (page: Page) => page.getByRole('region', { name: 'Vaihe' }).getByRole('status').textContent();
const projectorHeader = () => projector.locator('.projector__header').innerText();
const timerOf = (page: Page) => page.getByRole('timer').first();

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, 'Ohjaamo Kotka – kehittämispäivä');
  const [pekka] = await joinPeople(server.url, workshop, [{ name: 'Pekka', role: 'core-staff' }]);
  facilitator = await (await newPerson(browser, 'Fasilitaattori')).newPage();
  await facilitator.goto(workshop.links.facilitator);
  await waitLive(facilitator);
  anna = await joinWorkshop(await (await newPerson(browser, 'Anna')).newPage(), workshop.links.participant, 'Anna');
  await placeInGroups(workshop, [
    { person: await personIdOf(anna, workshop), group: 1 },
    { person: pekka?.person.id as string, group: 2 },
  ]);
  const screen = await newPerson(browser, 'Videotykki', { viewport: { width: 1920, height: 1080 } });
  projector = await screen.newPage();
  await projector.goto(workshop.links.projector);
  await waitLive(projector);
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('facilitation: stages and following', () => {
  it('moves everyone through the stages, and the participant to each stage’s view', async () => {
    expect(await stageOf(anna)).toContain('Vaihe 1/5');
    await facilitator.getByRole('button', { name: 'Seuraava vaihe' }).click();
    await expect.poll(() => stageOf(anna)).toContain('Vaihe 2/5 · Ryhmätyö');
    await expect.poll(() => pathOf(anna)).toBe(at('/group/1'));
    // The move is announced on a live region that outlives the page it left.
    await expect
      .poll(() => anna.locator('body > [role="status"]').textContent())
      .toBe('Vaihe 2/5 · Ryhmätyö. Seuraat fasilitaattoria: Ryhmä 1');
    await expect.poll(projectorHeader).toContain('Ryhmätyö');

    const steps = facilitator.getByRole('list', { name: 'Työpajan vaiheet' });
    await steps.getByRole('button', { name: 'Ryhmien esittelyt' }).click();
    await expect.poll(() => pathOf(anna)).toBe(at('/overview'));
    await steps.getByRole('button', { name: 'Yhteinen taulukko' }).click();
    await expect.poll(() => pathOf(anna)).toBe(at(''));
    await expect.poll(() => stageOf(anna)).toContain('Vaihe 4/5 · Yhteinen taulukko');
    await expect.poll(projectorHeader).toContain('Yhteinen taulukko');
    expect(await steps.getByRole('button', { name: 'Yhteinen taulukko' }).getAttribute('aria-current')).toBe('step');
    // The facilitator's screen drives and stays where it is.
    expect(pathOf(facilitator)).toBe(at(''));
  });

  it('takes the participant and the projector to a board and a cell the facilitator shows', async () => {
    await facilitator.getByRole('link', { name: 'Yleiskuva' }).click();
    await facilitator
      .locator('[data-group="2"]')
      .getByRole('link', { name: /Ryhmä 2/ })
      .click();
    await expect.poll(() => pathOf(facilitator)).toBe(at('/group/2'));
    await facilitator.getByRole('button', { name: 'Näytä tämä kaikille' }).click();
    await expect.poll(() => pathOf(anna)).toBe(at('/group/2'));
    await expect.poll(() => projector.getByRole('heading', { level: 1 }).innerText()).toContain('Ryhmä 2');
    await facilitator.getByText('Kaikille näytetään: Ryhmä 2').waitFor();

    // Anna looks at her own group meanwhile; showing a cell brings her back.
    await anna.getByRole('link', { name: /Oma ryhmä/ }).click();
    await expect.poll(() => pathOf(anna)).toBe(at('/group/1'));
    const cellButton = facilitator.getByRole('button', {
      name: 'Näytä solu kaikille: Alkuvaihe – Toimenpiteet ja palvelut',
    });
    await cellButton.click();
    await expect.poll(() => cellButton.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => pathOf(anna)).toBe(at('/group/2'));
    await facilitator.getByText('Kaikille näytetään: Ryhmä 2, Alkuvaihe – Toimenpiteet ja palvelut').waitFor();

    // Stopping returns following screens to the stage's view: the common table.
    await facilitator.getByRole('button', { name: 'Lopeta näyttäminen' }).click();
    await expect.poll(() => pathOf(anna)).toBe(at(''));
    await expect
      .poll(() => projector.getByRole('heading', { level: 1 }).innerText())
      .toBe('Ohjaamo Kotka – kehittämispäivä');
  });

  it('lets the participant step out and back in, and offers the way back', async () => {
    const follow = anna.getByRole('checkbox', { name: 'Seuraa fasilitaattoria' });
    await follow.uncheck();
    await facilitator.getByRole('button', { name: 'Näytä tämä kaikille' }).click();
    await expect.poll(() => projector.getByRole('heading', { level: 1 }).innerText()).toContain('Ryhmä 2');
    await anna.waitForTimeout(300);
    expect(pathOf(anna)).toBe(at(''));

    await anna.getByRole('checkbox', { name: 'Seuraa fasilitaattoria' }).check();
    await expect.poll(() => pathOf(anna)).toBe(at('/group/2'));

    // Following, but looking elsewhere: one click back to where the facilitator is.
    await anna.getByRole('link', { name: 'Yleiskuva' }).click();
    await expect.poll(() => pathOf(anna)).toBe(at('/overview'));
    await anna.getByRole('button', { name: 'Palaa fasilitaattorin näkymään' }).click();
    await expect.poll(() => pathOf(anna)).toBe(at('/group/2'));
    expect(await anna.getByRole('button', { name: 'Palaa fasilitaattorin näkymään' }).count()).toBe(0);
    await facilitator.getByRole('button', { name: 'Lopeta näyttäminen' }).click();
    await expect.poll(() => pathOf(anna)).toBe(at(''));
  });
});

describe('facilitation: a presentation round', () => {
  it('is the presentations stage, and following screens go group by group, then to the overview', async () => {
    await facilitator.getByRole('link', { name: 'Yhteinen taulukko' }).click();
    await facilitator.getByRole('button', { name: 'Aloita ryhmien esittely' }).click();
    await expect.poll(() => stageOf(anna)).toContain('Vaihe 3/5 · Ryhmien esittelyt');
    await expect.poll(() => pathOf(anna)).toBe(at('/group/1'));
    await anna.getByText('Ryhmä 1 esittelee').waitFor();
    await facilitator.getByRole('button', { name: 'Seuraava ryhmä' }).click();
    await expect.poll(() => pathOf(anna)).toBe(at('/group/2'));
    await expect.poll(() => projector.getByRole('heading', { level: 1 }).innerText()).toContain('Ryhmä 2 esittelee');
    await facilitator.getByRole('button', { name: 'Lopeta esittely' }).click();
    await expect.poll(() => pathOf(anna)).toBe(at('/overview'));
    await facilitator.getByRole('button', { name: 'Seuraava vaihe' }).click();
    await expect.poll(() => pathOf(anna)).toBe(at(''));
  });
});

describe('facilitation: the shared timer', () => {
  it('counts down on every screen once the facilitator starts it', async () => {
    await facilitator.getByText('Aseta ajastin').click();
    await facilitator
      .getByRole('group', { name: 'Käynnistä ajastin' })
      .getByRole('button', { name: '5 min', exact: true })
      .click();
    for (const page of [facilitator, anna, projector]) {
      await expect.poll(async () => seconds(await timerOf(page).innerText())).toBeGreaterThan(280);
    }
    // A second's tick may come late on a busy machine.
    await expect.poll(async () => seconds(await timerOf(anna).innerText()), { timeout: 5000 }).toBeLessThan(300);
    expect(await anna.getByRole('button', { name: 'Tauko' }).count()).toBe(0);
    expect(await seriousViolations(anna)).toEqual([]);
  });

  it('pauses and adds a minute for everyone', async () => {
    await facilitator.getByRole('button', { name: 'Tauko' }).click();
    const timer = anna.getByRole('region', { name: 'Ajastin' });
    await timer.getByText('Tauolla').waitFor();
    const paused = seconds(await timerOf(anna).innerText());
    await anna.waitForTimeout(1200);
    expect(seconds(await timerOf(anna).innerText())).toBe(paused);

    await facilitator.getByRole('button', { name: '+1 min' }).click();
    await expect.poll(async () => seconds(await timerOf(anna).innerText())).toBe(paused + 60);
    await expect.poll(async () => seconds(await timerOf(projector).innerText())).toBe(paused + 60);
    await facilitator.getByRole('button', { name: 'Jatka' }).click();
    await expect.poll(async () => seconds(await timerOf(anna).innerText())).toBeLessThan(paused + 60);
    await shootScreens();
  });

  it('survives a reload and ends with a gentle signal', async () => {
    // Anna's laptop clock runs three minutes fast (the server's clock corrects it), and is faked
    // from here on, so the end comes without waiting for it.
    await anna.clock.install({ time: Date.now() + 3 * 60_000 });
    await anna.reload();
    await waitLive(anna);
    const difference = async () => {
      const [mine, theirs] = await Promise.all([timerOf(anna).innerText(), timerOf(facilitator).innerText()]);
      return Math.abs(seconds(mine) - seconds(theirs));
    };
    await expect.poll(difference).toBeLessThanOrEqual(2);
    const mine = await timerOf(anna).innerText();

    const status = anna.getByRole('region', { name: 'Ajastin' }).getByRole('status');
    await anna.clock.fastForward((seconds(mine) - 58) * 1000);
    await expect.poll(() => status.innerText()).toBe('1 minuutti jäljellä');
    await anna.clock.fastForward(61_000);
    await expect.poll(() => status.innerText()).toBe('Aika päättyi');
    expect(await timerOf(anna).innerText()).toBe('00:00');
    await anna.getByRole('region', { name: 'Ajastin' }).locator('.timer--ended').getByText('Aika päättyi').waitFor();
    await anna.screenshot({ path: `${SHOTS}/participant-ended-1366x768.png` });
  });

  it('speaks Swedish and English too', async () => {
    const language = (page: Page) => page.getByRole('combobox', { name: /^(Kieli|Språk|Language)$/ });
    await language(anna).selectOption('sv');
    await anna.getByRole('region', { name: 'Tidtagare' }).getByText('Tiden är ute').first().waitFor();
    expect(await anna.getByRole('region', { name: 'Skede' }).getByRole('status').textContent()).toBe(
      'Skede 4/5 · Gemensam tabell',
    );
    await anna.getByRole('checkbox', { name: 'Följ facilitatorn' }).waitFor();
    await language(facilitator).selectOption('sv');
    await facilitator.getByRole('button', { name: 'Paus' }).waitFor();
    await facilitator.screenshot({ path: `${SHOTS}/facilitator-sv-1366x768.png` });
    await language(anna).selectOption('en');
    await anna.getByRole('region', { name: 'Timer' }).getByText('Time is up').first().waitFor();
    expect(await anna.getByRole('region', { name: 'Stage' }).getByRole('status').textContent()).toBe(
      'Stage 4/5 · Common table',
    );
    await language(anna).selectOption('fi');
    await language(facilitator).selectOption('fi');
  });

  it('is removed from every screen by the facilitator', async () => {
    await facilitator.getByRole('button', { name: 'Poista ajastin' }).click();
    await expect.poll(() => projector.getByRole('timer').count()).toBe(0);
    await expect.poll(() => anna.getByRole('timer').count()).toBe(0);
  });
});

describe('facilitation: a stage change while someone writes', () => {
  it('keeps the writer’s editor open and follows once the note is left (issue 15, point 11)', async () => {
    await expect.poll(() => pathOf(anna)).toBe(at(''));
    const cellOfAnna = anna.getByRole('group', { name: 'Alkuvaihe – Toimenpiteet ja palvelut', exact: true });
    await cellOfAnna.getByRole('button', { name: 'Lisää lappu', exact: true }).click();
    const editor = cellOfAnna.getByRole('textbox');
    await editor.pressSequentially('Yhteinen ajan');
    await facilitator
      .getByRole('list', { name: 'Työpajan vaiheet' })
      .getByRole('button', { name: 'Sopiminen' })
      .click();
    await expect.poll(() => stageOf(anna)).toContain('Vaihe 5/5 · Sopiminen');
    // She is told, and stays where she writes, with her words and her focus.
    await expect
      .poll(() => anna.locator('body > [role="status"]').textContent())
      .toContain('kun lopetat kirjoittamisen');
    expect(pathOf(anna)).toBe(at(''));
    expect(await editor.inputValue()).toBe('Yhteinen ajan');
    expect(await editor.evaluate((element) => element === document.activeElement)).toBe(true);
    await editor.pressSequentially('varaus');
    await editor.press('Enter');
    // Leaving the note takes her to the stage's view, and her note is on the table.
    await expect.poll(() => pathOf(anna)).toBe(at('/agreements'));
    await facilitator
      .getByRole('group', { name: 'Alkuvaihe – Toimenpiteet ja palvelut', exact: true })
      .getByText('Yhteinen ajanvaraus')
      .waitFor();
  });
});

/** The projector at both sizes, the facilitator's laptop with the controls open, and a phone. */
async function shootScreens(): Promise<void> {
  await projector.screenshot({ path: `${SHOTS}/projector-1920x1080.png` });
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.screenshot({ path: `${SHOTS}/projector-1280x720.png` });
  await projector.setViewportSize({ width: 1920, height: 1080 });

  await facilitator.getByText('Uusi aika').click();
  expect(await seriousViolations(facilitator)).toEqual([]);
  await facilitator.screenshot({ path: `${SHOTS}/facilitator-1366x768.png` });
  await facilitator.getByText('Uusi aika').click();

  await anna.setViewportSize({ width: 390, height: 844 });
  await anna.screenshot({ path: `${SHOTS}/participant-phone-390x844.png` });
  await anna.setViewportSize({ width: 1366, height: 768 });
}
