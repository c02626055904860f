import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addNote, CELL, noteTexts } from '../e2e/support/board.ts';
import { launchBrowser, newPerson } from '../e2e/support/browser.ts';
import { createWorkshop } from '../e2e/support/server.ts';
import { joinWorkshop } from '../e2e/support/workshop.ts';
import { startCluster, type TestCluster } from './support/cluster.ts';
import { clusterTestsEnabled } from './support/tools.ts';

// The web app, as people use it, through nginx in front of two nodes: edits cross, a killed
// node's browsers carry on through the other one, and while Redis or PostgreSQL is away the
// save indicator does not say "saved" until the edit really is.
const STATIC_DIR = process.env.STATIC_DIR ?? fileURLToPath(new URL('../../apps/web/dist', import.meta.url));
const saved = 'Kaikki muutokset tallennettu';
const ENDING = { phase: 'Asiakkuuden päättövaihe', dimension: 'Toimenpiteet ja palvelut' } as const;
const FOLLOWUP = { phase: 'Seurantavaihe', dimension: 'Toimenpiteet ja palvelut' } as const;
// The words on screen; the live region beside them speaks only of problems and their end.
const saveState = (page: Page) => page.locator('.save-indicator');

describe.runIf(clusterTestsEnabled())('the web app on several nodes', () => {
  let cluster: TestCluster;
  let browser: Browser;
  let alice: Page;
  let bob: Page;

  beforeAll(async () => {
    if (!existsSync(join(STATIC_DIR, 'index.html'))) {
      throw new Error(`no web build in ${STATIC_DIR}: run npm run build (or set STATIC_DIR)`);
    }
    cluster = await startCluster(2);
    browser = await launchBrowser();
    const workshop = await createWorkshop(cluster.url, 'Monen solmun selaintesti');
    [alice, bob] = await Promise.all([
      joinWorkshop(await (await newPerson(browser, 'Aino')).newPage(), workshop.links.participant, 'Aino'),
      joinWorkshop(await (await newPerson(browser, 'Bertil')).newPage(), workshop.links.participant, 'Bertil'),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await cluster?.close();
  });

  test('edits cross between browsers and are saved', async () => {
    await addNote(alice, CELL.startServices, 'Ainon lappu');
    await addNote(bob, CELL.startServices, 'Bertilin lappu');
    await expect
      .poll(async () => (await noteTexts(bob, CELL.startServices)).sort())
      .toEqual(['Ainon lappu', 'Bertilin lappu']);
    await expect
      .poll(async () => (await noteTexts(alice, CELL.startServices)).sort())
      .toEqual(['Ainon lappu', 'Bertilin lappu']);
    await expect.poll(() => saveState(alice).innerText()).toBe(saved);
  });

  test('a node killed: the browsers continue through the other node', async () => {
    const [first] = cluster.nodes;
    await first?.kill();
    await addNote(alice, CELL.duringServices, 'Solmun kaaduttua');
    await expect.poll(() => noteTexts(bob, CELL.duringServices), { timeout: 15_000 }).toEqual(['Solmun kaaduttua']);
    await expect.poll(() => saveState(alice).innerText(), { timeout: 15_000 }).toBe(saved);
    await first?.start();
  });

  test('Redis away: "not saving" after a few seconds until it is back, then saved and seen by the other', async () => {
    await cluster.redis.stop();
    await addNote(alice, ENDING, 'Redisin katkon aikana');
    await expect
      .poll(() => saveState(alice).innerText(), { timeout: 15_000 })
      .toBe('Tallennus ei etene: muutokset odottavat tällä laitteella');
    await cluster.redis.start();
    await expect.poll(() => saveState(alice).innerText(), { timeout: 15_000 }).toBe(saved);
    await expect.poll(() => noteTexts(bob, ENDING), { timeout: 15_000 }).toEqual(['Redisin katkon aikana']);
  });

  test('PostgreSQL away: "not saved, kept on this device" until it is back', async () => {
    await cluster.postgres.stop();
    await addNote(alice, FOLLOWUP, 'Tietokannan katkon aikana');
    await expect.poll(() => saveState(alice).innerText(), { timeout: 15_000 }).toContain('Tallentamatta');
    await cluster.postgres.start();
    await expect.poll(() => saveState(alice).innerText(), { timeout: 20_000 }).toBe(saved);
    await expect.poll(() => noteTexts(bob, FOLLOWUP), { timeout: 15_000 }).toEqual(['Tietokannan katkon aikana']);
  });
});
