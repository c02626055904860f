/**
 * Screenshots for looking at the installable app, not a test: `npm run build` first, then
 * `npm exec -- node tests/e2e/pwaScreenshots.ts [outDir]` (default /tmp/avaa-shots). On a
 * phone (390x844), in Finnish and Swedish: the board reloaded with the network down (the app
 * from the service worker, the board from the device), and the new-version notice.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { copyOfBuild } from './support/appBuild.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { seedNotes } from './support/seedNotes.ts';
import { createWorkshop, startTestServer, type TestServer } from './support/server.ts';

const outDir = process.argv[2] ?? '/tmp/avaa-shots';
const PHONE = { width: 390, height: 844 };
const JOIN = {
  fi: { form: 'Liity työpajaan', name: 'Nimesi', submit: 'Liity', update: 'Uusi versio on saatavilla.' },
  sv: { form: 'Gå med i workshopen', name: 'Ditt namn', submit: 'Gå med', update: 'En ny version finns.' },
} as const;
type Language = keyof typeof JOIN;

async function joinAs(page: Page, link: string, language: Language): Promise<void> {
  const words = JOIN[language];
  await page.goto(link);
  const form = page.getByRole('form', { name: words.form });
  await form.getByRole('textbox', { name: words.name }).fill('Maija');
  await form.getByRole('radio').first().check();
  await form.getByRole('button', { name: words.submit, exact: true }).click();
  await page.locator('.connection--live').first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function shootLanguage(browser: Browser, server: TestServer, build: Build, language: Language) {
  const workshop = await createWorkshop(
    server.url,
    language === 'fi' ? 'Ohjaamo Tampere' : 'Navigatorn Vasa',
    language,
  );
  await seedNotes(workshop.sync.url, workshop.sync.board, workshop.sync.tokens.facilitator as string, 1);
  const context = await newPerson(browser, 'Maija', { viewport: PHONE, hasTouch: true, serviceWorkers: 'allow' });
  await context.addInitScript((chosen) => window.localStorage.setItem('avaa:language', chosen), language);
  const page = await context.newPage();
  await joinAs(page, workshop.links.participant, language);

  await Promise.all([context.setOffline(true), server.stop()]);
  await page.reload();
  await page.locator('.connection--offline, .connection--closed').first().waitFor();
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(outDir, `pwa-offline-reload-${language}-phone.png`) });
  await server.start();
  await context.setOffline(false);
  await page.locator('.connection--live').first().waitFor();

  await build.deployNewVersion();
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await page.getByRole('status').filter({ hasText: JOIN[language].update }).getByRole('button').first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(outDir, `pwa-update-notice-${language}-phone.png`) });
  await context.close();
}

type Build = Awaited<ReturnType<typeof copyOfBuild>>;

await mkdir(outDir, { recursive: true });
const build = await copyOfBuild();
const server = await startTestServer({ staticDir: build.dir });
const browser = await launchBrowser();
try {
  for (const language of ['fi', 'sv'] as const) await shootLanguage(browser, server, build, language);
} finally {
  await browser.close();
  await server.dispose();
  await rm(build.dir, { recursive: true, force: true });
}
console.log(`screenshots in ${outDir}`);
