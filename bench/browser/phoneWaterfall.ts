/**
 * The phone's cold (and warm) open as a waterfall (issue 19): every request and WebSocket of the
 * participant's link on the phone profile with its network (venue by default), ms after the
 * navigation: asked, first byte, done, bytes on the wire, where from; then when the first "add
 * note" was in the DOM. Shows the chain HTML -> scripts -> API -> sockets -> board.
 * `npx node bench/browser/phoneWaterfall.ts` with BENCH_DIST=<a build>; WATERFALL_WARM=1 adds
 * the warm open; WATERFALL_PROFILE=1 a CPU profile of each open up to the first "add note", its
 * self time by source file (through the build's source maps); then the page's own milestones
 * (navigation timing and any performance.mark). Prints text.
 */
process.setMaxListeners(0);

import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { startServerProcess } from '../sync/serverProcess.ts';
import { benchDist } from './benchDist.ts';
import { profileBySource } from './cpuProfileSources.ts';
import { benchBoard } from './phoneBoards.ts';
import { installPhoneProbe, probeOf } from './phoneProbe.ts';
import { newDevice, openThrottled, PROFILES } from './phoneProfiles.ts';

const dist = benchDist();
const server = await startServerProcess('avaa');
const browser = await launchBrowser();
type Row = { id: string; what: string; asked: number; first?: number; done?: number; bytes?: number; from?: string };
try {
  const board = await benchBoard(server.url, 20);
  const device = await newDevice(browser, PROFILES.phone);
  await device.addInitScript(installPhoneProbe);
  for (const open of process.env.WATERFALL_WARM ? ['cold', 'warm'] : ['cold']) {
    const { page, cdp } = await openThrottled(device, PROFILES.phone);
    const rows = new Map<string, Row>();
    let zero = 0;
    const ms = (seconds: number) => Math.round(seconds * 1000 - zero);
    cdp.on('Network.requestWillBeSent', (event) => {
      if (!zero) zero = event.timestamp * 1000;
      const url = new URL(event.request.url);
      rows.set(event.requestId, {
        id: event.requestId,
        what: `${event.request.method} ${url.pathname}`,
        asked: ms(event.timestamp),
      });
    });
    cdp.on('Network.responseReceived', (event) => {
      const row = rows.get(event.requestId);
      if (!row) return;
      row.first = ms(event.timestamp);
      row.from = event.response.fromServiceWorker ? 'sw' : event.response.fromDiskCache ? 'cache' : 'net';
    });
    cdp.on('Network.loadingFinished', (event) => {
      const row = rows.get(event.requestId);
      if (!row) return;
      row.done = ms(event.timestamp);
      row.bytes = event.encodedDataLength;
    });
    cdp.on('Network.webSocketCreated', (event) => {
      rows.set(event.requestId, { id: event.requestId, what: `WS ${new URL(event.url).pathname}`, asked: -1 });
    });
    cdp.on('Network.webSocketWillSendHandshakeRequest', (event) => {
      const row = rows.get(event.requestId);
      if (row) row.asked = ms(event.timestamp);
    });
    cdp.on('Network.webSocketHandshakeResponseReceived', (event) => {
      const row = rows.get(event.requestId);
      if (row) row.first = ms(event.timestamp);
    });
    cdp.on('Network.webSocketFrameReceived', (event) => {
      const row = rows.get(event.requestId);
      if (!row) return;
      row.done = ms(event.timestamp);
      row.bytes = (row.bytes ?? 0) + event.response.payloadData.length;
    });
    const profiling = Boolean(process.env.WATERFALL_PROFILE);
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    const started = Date.now();
    await page.goto(board.link, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as { phoneProbe: { readyAt: number | null } }).phoneProbe.readyAt !== null,
      null,
      {
        timeout: 60_000,
      },
    );
    const probe = await probeOf(page);
    const profile = profiling ? (await cdp.send('Profiler.stop')).profile : null;
    // The page's own clock: its navigation's milestones, and any performance.mark the app makes
    // (none in the app as built: add some to time its steps).
    const milestones = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const marks = performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime] as const);
      const navigation = nav
        ? ([
            ['response end', nav.responseEnd],
            ['DOM interactive', nav.domInteractive],
            ['DOMContentLoaded end', nav.domContentLoadedEventEnd],
          ] as const)
        : [];
      return [...navigation, ...marks].map(([name, at]) => `${Math.round(at)} ${name}`);
    });
    await page.waitForTimeout(2000);
    console.log(`== ${open}: "add note" in DOM ${Math.round((probe.readyAt ?? 0) - started)} ms after goto`);
    console.log(`  page clock, ms after its navigation: ${milestones.join(' | ')}`);
    for (const row of [...rows.values()].sort((a, b) => a.asked - b.asked)) {
      console.log(
        `${String(row.asked).padStart(6)} ${String(row.first ?? '').padStart(6)} ${String(row.done ?? '').padStart(6)} ${String(row.bytes ?? '').padStart(7)} ${row.from ?? ''}  ${row.what}`,
      );
    }
    if (profile) console.log(await profileBySource(profile, dist));
    if (open === 'cold') {
      await page.evaluate(() =>
        Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 30_000))]),
      );
    }
    await page.close();
  }
  await device.close();
  board.close();
} finally {
  await browser.close();
  await server.stop();
}
process.exit(0);
