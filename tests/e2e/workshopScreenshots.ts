/**
 * Screenshots of the breakout-group pages, for looking at them (not a test): `npm run build`,
 * then `npx node tests/e2e/workshopScreenshots.ts [outDir]` (default /tmp/avaa-shots). Seven
 * people join, form groups and fill their tables through plain Yjs clients; then the
 * facilitator's panel, the overview, a group's table, the projector while a group presents and
 * the merged common table are shot at projector, laptop and phone sizes.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson } from './support/browser.ts';
import {
  formWorkshopGroups,
  groupOf,
  type Joined,
  joinPeople,
  mergeWorkshop,
  presentGroup,
  seedGroupBoards,
} from './support/seedWorkshop.ts';
import { createWorkshop, startTestServer } from './support/server.ts';

const outDir = process.argv[2] ?? '/tmp/avaa-shots';
const SIZES = {
  projector: { width: 1920, height: 1080 },
  laptop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;
type Size = keyof typeof SIZES;

const PEOPLE = [
  { name: 'Anna Virtanen', role: 'core-staff' },
  { name: 'Pekka Korhonen', role: 'core-staff' },
  { name: 'Sari Nieminen', role: 'other-staff' },
  { name: 'Jussi Mäkinen', role: 'network-partner' },
  { name: 'Emma (nuorten raati)', role: 'client-representative' },
  { name: 'Onni (nuorten raati)', role: 'client-representative' },
  { name: 'Liisa Hämäläinen', role: 'supervisor' },
  { name: 'Mikko Lehtonen', role: 'other-staff' },
  { name: 'Tiina Salo', role: 'network-partner' },
  { name: 'Kalle Heikkinen', role: 'core-staff' },
  { name: 'Aino Koskinen', role: 'other-staff' },
] as const;

const TEXTS = [
  'Matalan kynnyksen päivystys ti ja to',
  'Matalan kynnyksen päivystys tiistaisin',
  'Some-kanavat ja nuorten oma viestintä',
  'Yhteinen ajanvaraus kaikille ammattilaisille',
  'Verkostopalaveri viikoittain',
  'Nuorten raati kommentoi palvelupolkua',
  'Ei luukuttamista: saattaen vaihtaminen',
  'Palautteen kerääminen QR-koodilla',
  'Puuttuu: kotoutuvien nuorten tavoittaminen',
  'Parityö sosiaaliohjaajan ja uravalmentajan kesken',
];

type Member = { workshopId: string; joined: Joined };

async function shoot(
  browser: Browser,
  url: string,
  size: Size,
  file: string,
  member?: Member,
  prepare?: (page: Page) => Promise<void>,
) {
  const context = await newPerson(browser, 'Maija Meikäläinen', { viewport: SIZES[size], hasTouch: size === 'phone' });
  if (member) {
    await context.addInitScript(
      ([key, value]) => window.localStorage.setItem(key as string, value as string),
      [`avaa:person:${member.workshopId}`, JSON.stringify(member.joined)],
    );
  }
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`${file}: ${error.message}`));
  await page.goto(url);
  await page.waitForSelector('.connection--live', { timeout: 10_000 });
  await page.waitForTimeout(800);
  await prepare?.(page);
  await page.screenshot({ path: join(outDir, file), fullPage: size !== 'projector' });
  await context.close();
}

const server = await startTestServer();
const browser = await launchBrowser();
try {
  await mkdir(outDir, { recursive: true });
  const workshop = await createWorkshop(server.url, 'Ohjaamo Tampere – kehittämispäivä 14.3.');
  const joined = await joinPeople(server.url, workshop, PEOPLE);
  const groups = await formWorkshopGroups(workshop, 4);
  await seedGroupBoards(workshop, groups, TEXTS, 6);
  const page = (path: string, link = workshop.links.facilitator) =>
    link.replace(`/w/${workshop.id}`, `/w/${workshop.id}${path}`);
  const anna: Member = { workshopId: workshop.id, joined: joined[0] as Joined };
  const annasGroup = (await groupOf(workshop, anna.joined.person.id)) ?? 1;
  const otherGroup = annasGroup === 1 ? 2 : 1;
  const participant = workshop.links.participant;
  for (const size of Object.keys(SIZES) as Size[]) {
    await shoot(browser, page('/people'), size, `panel-${size}.png`);
    await shoot(browser, page('/overview', participant), size, `overview-${size}.png`, anna);
    await shoot(browser, page(`/group/${annasGroup}`, participant), size, `group-board-${size}.png`, anna);
  }
  await shoot(browser, page(`/group/${otherGroup}`, participant), 'laptop', 'group-board-readonly-laptop.png', anna);
  await mergeWorkshop(workshop, groups);
  const openProposals = async (shown: Page) => {
    await shown.getByRole('button', { name: /^Pinoehdotuksia/ }).click();
  };
  for (const size of Object.keys(SIZES) as Size[]) {
    await shoot(browser, workshop.links.facilitator, size, `merged-${size}.png`, undefined, openProposals);
  }
  await presentGroup(workshop, 2);
  for (const size of ['projector', 'laptop'] as const) {
    await shoot(browser, workshop.links.projector, size, `presenting-projector-${size}.png`);
  }
  await shoot(browser, workshop.links.participant, 'phone', 'presenting-follower-phone.png', anna);
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  await server.dispose();
}
