/**
 * The phone's start-up in what does not depend on the machine's load (issue 19): the
 * participant's link opened cold (fresh device) and warm (same device, from the service worker)
 * at 4x CPU with no network throttle. Per open: the JS files fetched with their gzip size in the
 * build, React commits before the first "add note" and in the 1.5 s after, the notes in the DOM
 * at that first "add note" (0: the board rendered empty first), and Chromium's main-thread task
 * and script ms (those do depend on the load). `npx node bench/browser/phoneStartup.ts` with
 * BENCH_DIST=<a build>; TRACE_RUNS=2, TRACE_LANG=sv (a chosen language). Prints JSON lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

process.setMaxListeners(0);

import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { startServerProcess } from '../sync/serverProcess.ts';
import { benchBoard } from './phoneBoards.ts';
import { newDevice, openThrottled, PROFILES, pageMetrics } from './phoneProfiles.ts';

const dist = process.env.BENCH_DIST ?? '/tmp/avaa-bench-dist';
const LANG = process.env.TRACE_LANG ?? null;
process.env.STATIC_DIR = dist;
const server = await startServerProcess('avaa');
const browser = await launchBrowser();
const profile = { ...PROFILES.phone, network: null };
function hook() {
  // React calls the DevTools hook on every commit, production builds too.
  const probe = { commits: 0, commitsAtReady: -1, notesAtReady: -1, readyAt: 0 };
  (window as unknown as { traceProbe: typeof probe }).traceProbe = probe;
  (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: () => {
      probe.commits += 1;
    },
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    checkDCE: () => {},
  };
  const ready = () => {
    if (document.querySelector('.cell__add')) {
      probe.commitsAtReady = probe.commits;
      probe.notesAtReady = document.querySelectorAll('.note__text').length;
      probe.readyAt = performance.now();
    } else requestAnimationFrame(ready);
  };
  requestAnimationFrame(ready);
}
try {
  const board = await benchBoard(server.url, 20);
  for (let run = 1; run <= Number(process.env.TRACE_RUNS ?? 2); run++) {
    const device = await newDevice(browser, profile);
    if (LANG) await device.addInitScript((lang) => localStorage.setItem('avaa:language', lang), LANG);
    await device.addInitScript(hook);
    for (const open of ['cold', 'warm']) {
      const { page, cdp } = await openThrottled(device, profile);
      const files = new Set<string>();
      page.on('response', (response) => {
        const file = new URL(response.url()).pathname;
        if (file.endsWith('.js')) files.add(file);
      });
      await page.goto(board.link, { waitUntil: 'commit' });
      await page.waitForFunction(
        () => (window as unknown as { traceProbe: { readyAt: number } }).traceProbe.readyAt > 0,
        null,
        { timeout: 60_000 },
      );
      const metrics = await pageMetrics(cdp);
      const probe = await page.evaluate(() => (window as unknown as { traceProbe: object }).traceProbe);
      await page.waitForTimeout(1500);
      const after = await page.evaluate(
        () => (window as unknown as { traceProbe: { commits: number } }).traceProbe.commits,
      );
      const sizes = [...files]
        .filter((f) => f.startsWith('/assets/'))
        .map((f) => {
          const bytes = readFileSync(join(dist, f));
          return [f.replace('/assets/', ''), Math.round(gzipSync(bytes).byteLength / 102.4) / 10] as const;
        });
      const total = Math.round(sizes.reduce((sum, [, kb]) => sum + kb, 0) * 10) / 10;
      console.log(
        JSON.stringify({
          run,
          open,
          ...probe,
          commitsAfter1500: after,
          ...metrics,
          jsFiles: sizes.length,
          jsGzKB: total,
        }),
      );
      if (run === 1 && open === 'cold')
        console.log(
          sizes
            .sort((a, b) => b[1] - a[1])
            .map(([f, k]) => `${f} ${k}`)
            .join('\n'),
        );
      await page.screenshot({ path: `/tmp/avaa-phone-startup-${open}${LANG ?? ''}.png` });
      if (open === 'cold') {
        await page.evaluate(() =>
          Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 30_000))]),
        );
      }
      await page.close();
    }
    await device.close();
  }
  board.close();
} finally {
  await browser.close();
  await server.stop();
}
process.exit(0);
