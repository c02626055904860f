import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless, with nothing that phones home. `args`: more switches, e.g.
 * `--host-resolver-rules` to reach the server under another name.
 */
export function launchBrowser(args: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
}

/**
 * A fresh person: own storage, a name already chosen (so the one-time name prompt does not
 * shift the layout under the test) and a Finnish browser unless told otherwise. The app's
 * service worker is blocked unless `serviceWorkers: 'allow'`: a page it controls gets its
 * files from the worker's cache, and the tests that do not test it keep seeing the network.
 */
export async function newPerson(
  browser: Browser,
  name: string,
  options: {
    viewport?: { width: number; height: number };
    hasTouch?: boolean;
    locale?: string;
    /** Browser zoom: 2 with half the CSS viewport is the same screen at 200 %. */
    deviceScaleFactor?: number;
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 768 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    hasTouch: options.hasTouch ?? false,
    locale: options.locale ?? 'fi-FI',
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const identity = JSON.stringify({ name, guestNumber: 42, colour: '#0b57d0', asked: true });
  await context.addInitScript((value) => {
    if (!window.localStorage.getItem('avaa:identity')) window.localStorage.setItem('avaa:identity', value);
  }, identity);
  return context;
}
