import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { joinPeople } from './support/seedWorkshop.ts';
import { createWorkshop, startTestServer, type TestServer } from './support/server.ts';
import { waitLive } from './support/workshop.ts';

// The group proposal says why it has fewer groups than the size asked for.
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

const staff = (role: 'core-staff' | 'other-staff', names: readonly string[]) => names.map((name) => ({ name, role }));

it('says that the people make no more groups, or that each group needs a core staff member', async () => {
  const workshop = await createWorkshop(server.url, 'Ohjaamo Oulu – kehittämispäivä');
  await joinPeople(server.url, workshop, [
    ...staff('core-staff', ['Anna', 'Pekka', 'Olli']),
    ...staff('other-staff', ['Sari', 'Jussi', 'Emma', 'Eero', 'Helmi']),
  ]);
  const page = await (await newPerson(browser, 'Fasilitaattori')).newPage();
  await page.goto(workshop.links.facilitator.replace(`/w/${workshop.id}`, `/w/${workshop.id}/people`));
  await waitLive(page);
  const groups = page.getByRole('region', { name: 'Ryhmät', exact: true });
  await groups.getByRole('radio', { name: 'noin 3 henkeä' }).check();
  await groups.getByRole('button', { name: 'Muodosta ehdotus' }).click();
  await groups.getByRole('heading', { name: 'Ehdotus: 2 ryhmää' }).waitFor();
  await groups.getByText('Ryhmiä tuli 2 eikä 3: 8 hengestä syntyy enintään 2 ryhmää, joissa on 3–5 henkeä.').waitFor();

  // Four more join: 12 people would make four groups of 3, but only three know the whole Ohjaamo.
  await joinPeople(server.url, workshop, staff('other-staff', ['Ilmari', 'Kaisa', 'Aino', 'Eetu']));
  await page.getByRole('heading', { name: 'Osallistujat (12)' }).waitFor();
  await groups.getByRole('button', { name: 'Arvo uudelleen' }).click();
  await groups.getByRole('heading', { name: 'Ehdotus: 3 ryhmää' }).waitFor();
  await groups
    .getByText('Ryhmiä tuli 3 eikä 4: ydintyöntekijöitä on vain 3, ja jokaiseen ryhmään tarvitaan yksi.', {
      exact: false,
    })
    .waitFor();
  expect(await groups.getByText('Ryhmät noudattavat menetelmän suosituksia.').count()).toBe(1);
});

it('shows each person’s role and group whole in the list, in Finnish and Swedish on a laptop', async () => {
  const workshop = await createWorkshop(server.url, 'Ohjaamo Vaasa');
  await joinPeople(server.url, workshop, [
    { name: 'Anna', role: 'core-staff' },
    { name: 'Ungdomsrådet', role: 'client-representative' },
  ]);
  const cut: string[] = [];
  for (const language of ['fi', 'sv']) {
    const page = await (
      await newPerson(browser, 'Fasilitaattori', { viewport: { width: 1366, height: 768 } })
    ).newPage();
    const link = new URL(workshop.links.facilitator);
    await page.goto(`${link.origin}/w/${workshop.id}/people?lang=${language}${link.hash}`);
    await page.getByRole('heading', { name: language === 'fi' ? 'Osallistujat (2)' : 'Deltagare (2)' }).waitFor();
    // The chosen option's text, in the select's font, against the room the select gives it
    // (its width less the padding and the arrow).
    cut.push(
      ...(await page.locator('.person select').evaluateAll((selects) => {
        const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        return (selects as HTMLSelectElement[]).flatMap((select) => {
          const style = getComputedStyle(select);
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const text = select.selectedOptions[0]?.textContent ?? '';
          const room =
            select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 20;
          return context.measureText(text).width > room ? [`${text} (${Math.round(room)} px)`] : [];
        });
      })),
    );
    await page.context().close();
  }
  expect(cut).toEqual([]);
});
