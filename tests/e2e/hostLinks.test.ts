import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

// Issue 14: without PUBLIC_URL the server puts a Host into links only when it names this server.
// Reached under any other name (here one the browser alone resolves), the server answers with
// links relative to itself, and the app must still show whole links, QR code included, that work.
const NAME = 'avaa-tila.test';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser([`--host-resolver-rules=MAP ${NAME} 127.0.0.1`]);
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('links when the server is reached under a name it does not build links on', () => {
  it('shows whole links on the address the page is at, and the participant link lets people in', async () => {
    const origin = `http://${NAME}:${server.port}`;
    const context = await newPerson(browser, 'Fasilitaattori');
    const page = await context.newPage();
    await page.goto(origin);
    await page.getByRole('textbox', { name: 'Työpajan nimi' }).fill('Ohjaamo Kotka');
    await page.getByRole('button', { name: 'Luo työpaja' }).click();
    const facilitator = await page.getByRole('textbox', { name: 'Linkki: Fasilitaattori' }).inputValue();
    const participant = await page.getByRole('textbox', { name: 'Linkki: Osallistujat' }).inputValue();
    expect(facilitator.startsWith(`${origin}/w/`)).toBe(true);
    expect(participant.startsWith(`${origin}/w/`)).toBe(true);
    expect(participant).toContain('#token=');

    const phone = await (await newPerson(browser, 'Anna', { viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(participant);
    await phone
      .getByRole('form', { name: 'Liity työpajaan' })
      .getByRole('button', { name: 'Liity', exact: true })
      .waitFor();
    await context.close();
  });
});
