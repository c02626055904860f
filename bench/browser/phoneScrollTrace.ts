/**
 * Where the phone's main thread goes while it scrolls a 300-note board (issue 19): a Chromium
 * trace (devtools.timeline) of four gestures of touch swipes at 4x CPU, summed by event name,
 * over the whole run and inside the tasks over 16 ms (nested events counted in each).
 * `npx node bench/browser/phoneScrollTrace.ts` with BENCH_DIST=<a build>.
 */
process.setMaxListeners(0);

import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { startServerProcess } from '../sync/serverProcess.ts';
import { benchDist } from './benchDist.ts';
import { benchBoard } from './phoneBoards.ts';
import { installPhoneProbe } from './phoneProbe.ts';
import { newDevice, openThrottled, PROFILES } from './phoneProfiles.ts';

benchDist();
const server = await startServerProcess('avaa');
const browser = await launchBrowser();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const profile = { ...PROFILES.phone, network: null };
try {
  const board = await benchBoard(server.url, 300);
  const device = await newDevice(browser, profile);
  await device.addInitScript(installPhoneProbe);
  const { page, cdp } = await openThrottled(device, profile);
  await page.goto(board.link, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelectorAll('.note__text').length >= 300, null, { timeout: 120_000 });
  await sleep(2000);
  const events: {
    name: string;
    ph: string;
    dur?: number;
    tid: number;
    args?: { data?: { url?: string; functionName?: string } };
  }[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const x = 195;
  for (let g = 0; g < 4; g++) {
    const down = g % 2 === 0;
    for (let swiped = 0; swiped < 3000; swiped += 550) {
      const [from, to] = down ? [675, 125] : [125, 675];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: from }] });
      for (let moved = 20; moved <= 550; moved += 20) {
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x, y: from + Math.sign(to - from) * moved }],
        });
        await sleep(16);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await sleep(150);
    }
    await sleep(1000);
  }
  await cdp.send('Tracing.end');
  await done;
  const counts = new Map<number, number>();
  for (const e of events)
    if (e.name === 'UpdateLayoutTree' || e.name === 'FunctionCall') counts.set(e.tid, (counts.get(e.tid) ?? 0) + 1);
  const main = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
  const frames = events.filter((e) => e.tid === main && e.name === 'RunTask' && (e.dur ?? 0) > 16_000).length;
  console.log('main-thread tasks over 16 ms', frames);
  type Ev = (typeof events)[number] & { ts: number };
  const mainEvents = (events as Ev[]).filter((e) => e.tid === main && e.ph === 'X' && e.dur);
  const long = mainEvents.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 16_000);
  const inLong = new Map<string, number>();
  for (const task of long) {
    for (const e of mainEvents) {
      if (e === task || e.ts < task.ts || e.ts > task.ts + (task.dur ?? 0)) continue;
      const key =
        e.name === 'FunctionCall'
          ? `FunctionCall ${e.args?.data?.functionName ?? ''} ${(e.args?.data?.url ?? '').split('/').pop()}`
          : e.name;
      inLong.set(key, (inLong.get(key) ?? 0) + (e.dur ?? 0) / 1000);
    }
  }
  console.log('--- inside tasks over 16 ms (ms, nested counted twice)');
  for (const [k, ms] of [...inLong.entries()].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(Math.round(ms), k);
  console.log('--- all');
  const sum = new Map<string, [number, number]>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || e.tid !== main) continue;
    const key =
      e.name === 'FunctionCall'
        ? `FunctionCall ${e.args?.data?.functionName ?? ''} ${(e.args?.data?.url ?? '').split('/').pop()}`
        : e.name;
    const old = sum.get(key) ?? [0, 0];
    sum.set(key, [old[0] + e.dur / 1000, old[1] + 1]);
  }
  for (const [k, [ms, n]] of [...sum.entries()].sort((x, y) => y[1][0] - x[1][0]).slice(0, 40))
    console.log(Math.round(ms), n, k);
  board.close();
} finally {
  await browser.close();
  await server.stop();
}
process.exit(0);
