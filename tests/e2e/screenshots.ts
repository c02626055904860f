/**
 * Screenshots for looking at the app, not a test: `npm run build` first, then
 * `npx node tests/e2e/screenshots.ts [outDir]` (default /tmp/avaa-shots). Starts the real
 * server, seeds a board with 10 notes per cell through a plain Yjs client, and shoots the start
 * page, the join form, the board and the projector at projector, laptop and phone sizes.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPerson } from './support/browser.ts';
import { seedNotes } from './support/seedNotes.ts';
import { createWorkshop, startTestServer } from './support/server.ts';

const outDir = process.argv[2] ?? '/tmp/avaa-shots';
const SIZES = {
  projector1080: { width: 1920, height: 1080 },
  projector720: { width: 1280, height: 720 },
  laptop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;

async function shoot(browser: Browser, url: string, size: keyof typeof SIZES, file: string, fullPage = false) {
  const context = await newPerson(browser, 'Maija Meikäläinen', {
    viewport: SIZES[size],
    hasTouch: size === 'phone',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`${file}: ${error.message}`));
  await page.goto(url);
  await page.waitForSelector('.connection--live, .start, .join', { timeout: 10_000 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(outDir, file), fullPage });
  await context.close();
}

/** The start page after creating a workshop: the links and the QR code. */
async function shootCreated(browser: Browser, baseUrl: string, size: 'laptop' | 'phone') {
  const context = await newPerson(browser, 'Fasilitaattori', { viewport: SIZES[size] });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Työpajan nimi').fill('Ohjaamo Oulu – kehittämispäivä');
  await page.getByRole('button', { name: 'Luo työpaja' }).click();
  await page.getByRole('img', { name: 'QR-koodi osallistujien linkkiin' }).waitFor();
  await page.screenshot({ path: join(outDir, `start-created-${size}.png`), fullPage: true });
  await context.close();
}

const server = await startTestServer();
const browser = await launchBrowser();
try {
  await mkdir(outDir, { recursive: true });
  const workshop = await createWorkshop(server.url, 'Ohjaamo Tampere – kehittämispäivä 14.3.');
  const { url, board, tokens } = workshop.sync;
  await seedNotes(url, board, tokens.facilitator as string, 10);
  const small = await createWorkshop(server.url, 'Navigatorn Vasa', 'sv');
  await seedNotes(small.sync.url, small.sync.board, small.sync.tokens.facilitator as string, 2);

  for (const size of ['laptop', 'phone'] as const) {
    await shoot(browser, `${server.url}/`, size, `start-${size}.png`);
    await shootCreated(browser, server.url, size);
    await shoot(browser, workshop.links.participant, size, `join-${size}.png`);
    await shoot(browser, workshop.links.facilitator, size, `board-${size}.png`);
  }
  await shoot(browser, workshop.links.facilitator, 'laptop', 'board-laptop-full.png', true);
  for (const size of ['projector1080', 'projector720', 'laptop'] as const) {
    await shoot(browser, workshop.links.projector, size, `projector-${size}.png`);
  }
  await shoot(browser, small.links.projector, 'projector1080', 'projector-sparse-1080.png');
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  await server.dispose();
}
