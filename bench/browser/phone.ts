/**
 * A cheap phone on venue Wi-Fi (issue 19), beside a laptop: Debian's Chromium against our server
 * serving the built app. `npm run bench -- phone`, or `npx node bench/browser/phone.ts [--quick]
 * [--runs=3] [--offline-seconds=60] [--phone-network=venue|lighthouse] [--opens-only]` (builds
 * the app into /tmp/avaa-bench-dist; BENCH_DIST uses an existing build). Prints the table
 * against the targets and writes bench/results/phone.json (phone-lighthouse.json for that preset).
 * Profiles in phoneProfiles.ts; what each measure starts and ends on in docs/performance.md.
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';

// Every y-websocket provider adds a process 'exit' listener.
process.setMaxListeners(0);

import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { QUICK, report } from '../report.ts';
import { startServerProcess } from '../sync/serverProcess.ts';
import { benchDist } from './benchDist.ts';
import { type BenchBoard, benchBoard } from './phoneBoards.ts';
import { installPhoneProbe, probeOf, waitSeen, watch } from './phoneProbe.ts';
import {
  describeProfile,
  network,
  newDevice,
  openThrottled,
  PROFILES,
  type Profile,
  type ProfileName,
  pageMetrics,
  phoneNetwork,
} from './phoneProfiles.ts';
import { type Reconnect, type ReconnectSetup, reconnect } from './phoneReconnect.ts';
import { type Scroll, type ScrollSetup, scrolling } from './phoneScroll.ts';
import { type Measured, targetTable } from './phoneStats.ts';

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    runs: { type: 'string' },
    'offline-seconds': { type: 'string' },
    'phone-network': { type: 'string' },
    /** Only the cold and warm opens (no reconnect, no scrolling): a quicker look at the start-up. */
    'opens-only': { type: 'boolean' },
    'phone-kbit': { type: 'string' },
    'phone-latency': { type: 'string' },
  },
  // `npm run bench` hands every script the same options.
  strict: false,
});
const numberOption = (name: string, fallback: number) => {
  const value = Number(options[name] ?? fallback);
  if (!(value > 0)) throw new Error(`--${name} wants a positive number`);
  return value;
};
const RUNS = numberOption('runs', QUICK ? 1 : 3);
const OFFLINE_MS = numberOption('offline-seconds', QUICK ? 5 : 60) * 1000;
const PHONE_NETWORK = String(options['phone-network'] ?? 'venue');
const PRESET = phoneNetwork(PHONE_NETWORK);
/** `--phone-network` picks a preset; `--phone-kbit` and `--phone-latency` (each way) override it. */
const PHONE: Profile = {
  ...PROFILES.phone,
  network:
    options['phone-kbit'] || options['phone-latency']
      ? network(numberOption('phone-kbit', 400), numberOption('phone-latency', 400))
      : PRESET,
};
const OPENS_ONLY = options['opens-only'] === true;
const OFFLINE_NOTES = 20;
const BOARD_NOTES = 20;
const SCROLL_NOTES = 300;
const GESTURES = QUICK ? 2 : 4;
const SCROLL_PX = 3000;
const SHOTS = '/tmp/avaa-phone-bench';
const FIRST_CELL = 'Alkuvaihe – Toimenpiteet ja palvelut';

const step = (what: string) => process.stderr.write(`phone bench: ${what}\n`);
const _sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

mkdirSync(SHOTS, { recursive: true });
benchDist();
const server = await startServerProcess('avaa');
const browser = await launchBrowser();
const boards: BenchBoard[] = [];
/** kB on the wire per file of the first cold open: what the phone's first load waits for. */
const coldFiles: Record<string, number> = {};
const failures: string[] = [];
/** Runs a measure; a failure is recorded (and fails the run at the end), the others go on. */
async function attempt<T>(what: string, measure: () => Promise<T>): Promise<T | null> {
  const started = Date.now();
  step(what);
  try {
    return await measure();
  } catch (error) {
    failures.push(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    step(`${what} FAILED: ${failures.at(-1)}`);
    return null;
  } finally {
    step(`${what}: ${Math.round((Date.now() - started) / 1000)} s`);
  }
}

type Open = {
  profile: ProfileName;
  open: 'cold' | 'warm';
  run: number;
  readyMs: number;
  noteMs: number;
  serviceWorker: boolean;
  kB: number;
  fromNetwork: number;
  fromHttpCache: number;
  fromServiceWorker: number;
} & Record<string, unknown>;

/**
 * Opens the participant's link in a new tab of the device and adds a note in the first cell:
 * from the navigation to the "add note" button in the DOM (ready) and to the typed note shown as
 * a note (note), both in the page's clock against the bench's, one machine.
 */
async function openAndAdd(device: BrowserContext, profile: Profile, link: string, open: Open['open'], run: number) {
  const { page, cdp, traffic } = await openThrottled(device, profile);
  const text = `${profile.name} ${open} ${run} ${Math.random().toString(36).slice(2, 8)}`;
  const started = Date.now();
  await page.goto(link, { waitUntil: 'commit', timeout: 120_000 });
  const cell = page.getByRole('group', { name: FIRST_CELL, exact: true });
  await cell.getByRole('button', { name: 'Lisää lappu', exact: true }).click({ timeout: 120_000 });
  await watch(page, [text]);
  const editor = cell.getByRole('textbox');
  await editor.fill(text);
  await editor.press('Enter');
  await waitSeen(page, 30_000);
  const probe = await probeOf(page);
  const serviceWorker = await page.evaluate(() => !!navigator.serviceWorker?.controller);
  const row: Open = {
    profile: profile.name,
    open,
    run,
    readyMs: (probe.readyAt ?? Number.NaN) - started,
    noteMs: (probe.seenAt ?? Number.NaN) - started,
    // Where the time after "add note" goes: Playwright's checks before its tap, the editor, the typing.
    tappedMs: (probe.tappedAt ?? Number.NaN) - started,
    editorMs: (probe.editorAt ?? Number.NaN) - started,
    serviceWorker,
    kB: Math.round(traffic.bytes / 100) / 10,
    fromNetwork: traffic.network,
    fromHttpCache: traffic.httpCache,
    fromServiceWorker: traffic.serviceWorker,
    ...(await pageMetrics(cdp)),
  };
  if (open === 'cold' && Object.keys(coldFiles).length === 0) {
    for (const [path, bytes] of Object.entries(traffic.files)) coldFiles[path] = Math.round(bytes / 100) / 10;
  }
  if (open === 'cold') await settleServiceWorker(page);
  await page.close();
  return row;
}

/** Gives a service worker the first visit registered (if any) the time to take over, up to 30 s. */
async function settleServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const worker = navigator.serviceWorker;
    if (!worker) return;
    for (let waited = 0; waited < 3000 && !(await worker.getRegistration()); waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (!(await worker.getRegistration())) return;
    await Promise.race([worker.ready, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  });
}

/** RUNS fresh devices, each opening the link twice: cold (empty cache) then warm (same context). */
async function coldAndWarm(profile: Profile): Promise<Open[]> {
  const board = await benchBoard(server.url, BOARD_NOTES);
  boards.push(board);
  const rows: Open[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const device = await newDevice(browser, profile);
    await device.addInitScript(installPhoneProbe);
    try {
      for (const open of ['cold', 'warm'] as const) {
        const row = await attempt(`${profile.name} ${open} open ${run}`, () =>
          openAndAdd(device, profile, board.link, open, run),
        );
        if (row) rows.push(row);
      }
    } finally {
      await device.close();
    }
  }
  return rows;
}

const reconnectSetup: ReconnectSetup = {
  browser,
  serverUrl: server.url,
  boardNotes: BOARD_NOTES,
  offlineMs: OFFLINE_MS,
  notes: OFFLINE_NOTES,
  keep: (board) => boards.push(board),
};
const scrollSetup: ScrollSetup = {
  browser,
  serverUrl: server.url,
  notes: SCROLL_NOTES,
  gestures: GESTURES,
  px: SCROLL_PX,
  shots: SHOTS,
  keep: (board) => boards.push(board),
};
const opens: Open[] = [];
const reconnects: Reconnect[] = [];
const scrolls: Scroll[] = [];
try {
  for (const profile of [PHONE, PROFILES.laptop]) opens.push(...(await coldAndWarm(profile)));
  if (!OPENS_ONLY) await reconnectAndScroll();
} finally {
  for (const board of boards) board.close();
  await browser.close();
  await server.stop();
}

async function reconnectAndScroll(): Promise<void> {
  // Both devices offline at once (the laptop 5 s later, so their returns do not meet): one wait.
  const both = await Promise.all([
    attempt('phone reconnect', () => reconnect(reconnectSetup, PHONE, 0)),
    attempt('laptop reconnect', () => reconnect(reconnectSetup, PROFILES.laptop, 5000)),
  ]);
  for (const row of both) if (row) reconnects.push(row);
  for (const profile of [PHONE, PROFILES.laptop]) {
    scrolls.push(...((await attempt(`${profile.name} scrolling`, () => scrolling(scrollSetup, profile))) ?? []));
  }
}

const of = <T extends { profile: ProfileName }>(rows: readonly T[], name: ProfileName, pick: (row: T) => number) =>
  rows.filter((row) => row.profile === name).map(pick);
const side = <T extends { profile: ProfileName }>(rows: readonly T[], pick: (row: T) => number) => ({
  phone: of(rows, 'phone', pick),
  laptop: of(rows, 'laptop', pick),
});
const cold = opens.filter((row) => row.open === 'cold');
const warm = opens.filter((row) => row.open === 'warm');
const measured: Measured[] = [
  { measure: 'cold: link -> typed note shown', targetMs: 3000, ...side(cold, (row) => row.noteMs) },
  { measure: 'cold: link -> "add note" in DOM', targetMs: null, ...side(cold, (row) => row.readyMs) },
  { measure: 'warm: link -> typed note shown', targetMs: 1000, ...side(warm, (row) => row.noteMs) },
  { measure: 'warm: link -> "add note" in DOM', targetMs: null, ...side(warm, (row) => row.readyMs) },
  {
    measure: `reconnect: network on -> ${OFFLINE_NOTES} notes shown (${OFFLINE_MS / 1000} s offline)`,
    targetMs: 1000,
    ...side(reconnects, (row) => row.syncedMs),
  },
  { measure: `scroll ${SCROLL_NOTES} notes: frame p95`, targetMs: 33, ...side(scrolls, (row) => row.p95) },
  { measure: `scroll ${SCROLL_NOTES} notes: frame p50`, targetMs: null, ...side(scrolls, (row) => row.p50) },
  { measure: `scroll ${SCROLL_NOTES} notes: longest frame`, targetMs: null, ...side(scrolls, (row) => row.max) },
];
const table = targetTable(measured);
// Each network preset keeps its own results (the default's under the bench's name).
report(PHONE_NETWORK === 'venue' ? 'phone' : `phone-${PHONE_NETWORK}`, table, {
  phoneNetwork: PHONE_NETWORK,
  profiles: { phone: describeProfile(PHONE), laptop: describeProfile(PROFILES.laptop) },
  serviceWorker: { cold: cold.some((row) => row.serviceWorker), warm: warm.some((row) => row.serviceWorker) },
  opens,
  coldFiles,
  reconnects,
  scrolls,
  failures,
});
console.table(opens);
console.table(scrolls);
if (failures.length > 0) console.error(`not measured:\n${failures.join('\n')}`);
// The results are written; something of Playwright's or the writers' may still hold the loop open.
process.exit(failures.length > 0 ? 1 : 0);
