/**
 * Screenshots of the service paths, for looking at them, not a test: `npm run build` first, then
 * `npx node tests/e2e/pathScreenshots.ts [outDir]` (default /tmp/avaa-path-shots). Starts the
 * real server, seeds a Finnish and a Swedish workshop whose common table has notes and three
 * paths (a risk, a missing service, an early end), and shoots the board with its path panel
 * open, the path view and the projector showing the paths, at laptop, projector and phone sizes,
 * and saves the path PDFs from the export API (look at them with `pdftoppm -png -r 50`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CellId, setProjectorView } from '@avaa/board-model';
import { workshopRoomName } from '@avaa/protocol';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPerson } from './support/browser.ts';
import { drawPath, notesOn } from './support/paths.ts';
import { openRoom } from './support/seedWorkshop.ts';
import { type CreatedWorkshop, createWorkshop, startTestServer } from './support/server.ts';

const outDir = process.argv[2] ?? '/tmp/avaa-path-shots';
const SIZES = {
  projector: { width: 1280, height: 720 },
  laptop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;
type Size = keyof typeof SIZES;

const tokenOf = (link: string) => new URL(link).hash.slice('#token='.length);

const FI = {
  notes: {
    'Somekanavat ja jalkautuva nuorisotyö': 'before:services',
    'Walk-in-ohjaus ilman ajanvarausta': 'start:services',
    'Palveluohjaus ja tilannearvio': 'start:collaboration',
    'Opinto-ohjaus ja hakemisen tuki': 'during:services',
    'Verkostopalaveri nuoren kanssa': 'during:collaboration',
    'Saattaen vaihtaminen oppilaitokseen': 'ending:services',
  },
  paths: ['Kertakävijä', 'Nuori, joka etsii opiskelupaikkaa', 'Nuori, joka tarvitsee monialaista tukea'],
  free: 'Seurantasoitto puuttuu',
  reason: 'Kolme luukkua',
} as const;

const SV = {
  notes: {
    'Sociala medier och uppsökande ungdomsarbete': 'before:services',
    'Drop-in-vägledning utan tidsbokning': 'start:services',
    'Servicehandledning och kartläggning': 'start:collaboration',
    'Studiehandledning och stöd i ansökan': 'during:services',
    'Nätverksmöte med den unga': 'during:collaboration',
    'Överlämning till läroanstalten': 'ending:services',
  },
  paths: ['Engångsbesökare', 'Ung som söker studieplats', 'Ung som behöver sektorsövergripande stöd'],
  free: 'Uppföljningssamtal saknas',
  reason: 'Tre luckor',
} as const;

/** Three paths on the common table, as people draw them, and the paths put on the projector. */
async function seedPaths(workshop: CreatedWorkshop, words: typeof FI | typeof SV): Promise<void> {
  const token = tokenOf(workshop.links.facilitator);
  const table = await openRoom(workshop, `${workshop.id}/plenary`, token);
  const notes = Object.values(notesOn(table.doc, words.notes as Record<string, CellId>));
  const [social, walkIn, guidance, study, network, handover] = notes;
  if (!social || !walkIn || !guidance || !study || !network || !handover) throw new Error('notes missing');
  const [once, student, support] = words.paths;
  drawPath(table.doc, once, [walkIn]);
  drawPath(table.doc, student, [social, walkIn, study, handover]);
  drawPath(table.doc, support, [
    walkIn,
    guidance,
    { noteId: network, risk: { kind: 'counter-to-counter', reason: words.reason } },
    { phase: 'followup', text: words.free },
  ]);
  await table.close();
  const room = await openRoom(workshop, workshopRoomName(workshop.id as never), token);
  setProjectorView(room.doc, 'paths');
  await room.close();
}

async function shoot(browser: Browser, url: string, size: Size, file: string, panelOpen: boolean) {
  const context = await newPerson(browser, 'Maija Meikäläinen', { viewport: SIZES[size], hasTouch: size === 'phone' });
  if (panelOpen) await context.addInitScript(() => window.localStorage.setItem('avaa:pathPanel', 'open'));
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`${file}: ${error.message}`));
  await page.goto(url);
  await page.waitForSelector('.connection--live', { timeout: 10_000 });
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(outDir, file) });
  await context.close();
}

const PDFS = {
  sheets: 'kind=paths',
  'lanes-A3': 'kind=paths&layout=lanes&paper=A3',
  'table-A4': 'kind=table&paths=1',
} as const;

async function savePdfs(baseUrl: string, workshop: CreatedWorkshop, language: string): Promise<void> {
  const headers = { Authorization: `Bearer ${workshop.sync.tokens.facilitator}` };
  for (const [name, query] of Object.entries(PDFS)) {
    const response = await fetch(`${baseUrl}/api/workshops/${workshop.id}/export?format=pdf&${query}`, { headers });
    if (!response.ok) throw new Error(`${name}: ${response.status}`);
    await writeFile(join(outDir, `paths-${name}-${language}.pdf`), new Uint8Array(await response.arrayBuffer()));
  }
}

const pathsPage = (workshop: CreatedWorkshop) =>
  workshop.links.facilitator.replace(`/w/${workshop.id}`, `/w/${workshop.id}/paths`);

const server = await startTestServer();
const browser = await launchBrowser();
try {
  await mkdir(outDir, { recursive: true });
  const workshops = {
    fi: await createWorkshop(server.url, 'Ohjaamo Tampere – kehittämispäivä'),
    sv: await createWorkshop(server.url, 'Navigatorn Vasa – utvecklingsdag', 'sv'),
  };
  await seedPaths(workshops.fi, FI);
  await seedPaths(workshops.sv, SV);
  for (const [language, workshop] of Object.entries(workshops)) {
    for (const size of ['laptop', 'projector', 'phone'] as const) {
      await shoot(browser, workshop.links.facilitator, size, `board-${language}-${size}.png`, size !== 'phone');
      await shoot(browser, pathsPage(workshop), size, `path-view-${language}-${size}.png`, false);
    }
    await shoot(browser, workshop.links.projector, 'projector', `projector-${language}.png`, false);
    await savePdfs(server.url, workshop, language);
  }
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  await server.dispose();
}
