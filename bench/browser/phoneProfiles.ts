/**
 * The two devices of the phone bench. Throttling is per page (a CDP session on its target):
 * CPU by `Emulation.setCPUThrottlingRate`, network by `Network.emulateNetworkConditions`, which
 * Chromium applies to every request and WebSocket frame of the page (not to a service worker's
 * own fetches, which run in another target).
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

export type ProfileName = 'phone' | 'laptop';

type Network = { readonly latency: number; readonly downloadThroughput: number; readonly uploadThroughput: number };

export type Profile = {
  readonly name: ProfileName;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly deviceScaleFactor: number;
  readonly touch: boolean;
  readonly cpuSlowdown: number;
  /** null: no emulation (loopback, as fast as the machine). */
  readonly network: Network | null;
};

const KBIT = 1000 / 8;

/** A link of `kbit` kbit/s each way with `latencyMs` added to each request (Chromium's emulation). */
export function network(kbit: number, latencyMs: number): Network {
  return { latency: latencyMs, downloadThroughput: kbit * KBIT, uploadThroughput: kbit * KBIT };
}

/** A slow 3G-class link on venue Wi-Fi: 400 ms round trip, 400 kbit/s each way. */
export const PHONE_NETWORK: Network = network(400, 400);

/**
 * The phone's networks, chosen with `--phone-network`: `venue` (the default, above) and
 * `lighthouse`, Lighthouse's mobile throttling (DevTools' former "Fast 3G"): 150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up.
 */
export const PHONE_NETWORKS = {
  venue: PHONE_NETWORK,
  lighthouse: { latency: 150, downloadThroughput: 1600 * KBIT, uploadThroughput: 750 * KBIT },
} as const satisfies Record<string, Network>;

export type PhoneNetworkName = keyof typeof PHONE_NETWORKS;

export function phoneNetwork(name: string): Network {
  if (!Object.hasOwn(PHONE_NETWORKS, name)) {
    throw new Error(`--phone-network wants one of ${Object.keys(PHONE_NETWORKS).join(', ')}`);
  }
  return PHONE_NETWORKS[name as PhoneNetworkName];
}

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  phone: {
    name: 'phone',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    touch: true,
    cpuSlowdown: 4,
    network: PHONE_NETWORK,
  },
  laptop: {
    name: 'laptop',
    viewport: { width: 1366, height: 768 },
    deviceScaleFactor: 1,
    touch: false,
    cpuSlowdown: 1,
    network: null,
  },
};

/** What the bench's figures were measured with, for the JSON. */
export function describeProfile(profile: Profile): Record<string, unknown> {
  const { network } = profile;
  return {
    viewport: `${profile.viewport.width}x${profile.viewport.height}`,
    deviceScaleFactor: profile.deviceScaleFactor,
    touch: profile.touch,
    cpuSlowdown: profile.cpuSlowdown,
    network: network
      ? {
          latencyMs: network.latency,
          downKbitPerS: (network.downloadThroughput * 8) / 1000,
          upKbitPerS: (network.uploadThroughput * 8) / 1000,
        }
      : 'none (loopback)',
  };
}

/** A device's browser context: its own HTTP cache and service workers, a name already chosen. */
export async function newDevice(browser: Browser, profile: Profile): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    isMobile: profile.touch,
    hasTouch: profile.touch,
    locale: 'fi-FI',
  });
  const identity = JSON.stringify({ name: 'Mittari', guestNumber: 42, colour: '#0b57d0', asked: true });
  await context.addInitScript((value) => {
    if (!window.localStorage.getItem('avaa:identity')) window.localStorage.setItem('avaa:identity', value);
  }, identity);
  return context;
}

/** What went over the page's network since it opened: bytes on the wire and where answers came from. */
export type Traffic = {
  bytes: number;
  network: number;
  httpCache: number;
  serviceWorker: number;
  /** Bytes on the wire per file (path), for the JSON: what a cold open spends its time on. */
  files: Record<string, number>;
};

/** A page of the device with its throttles on, before anything is loaded, and a count of its traffic. */
export async function openThrottled(
  context: BrowserContext,
  profile: Profile,
): Promise<{ page: Page; cdp: CDPSession; traffic: Traffic }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const traffic: Traffic = { bytes: 0, network: 0, httpCache: 0, serviceWorker: 0, files: {} };
  const paths = new Map<string, string>();
  cdp.on('Network.loadingFinished', (event) => {
    traffic.bytes += event.encodedDataLength;
    const path = paths.get(event.requestId);
    if (path && event.encodedDataLength > 0) traffic.files[path] = event.encodedDataLength;
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    paths.set(requestId, new URL(response.url).pathname);
    if (response.fromServiceWorker) traffic.serviceWorker += 1;
    else if (response.fromDiskCache) traffic.httpCache += 1;
    else traffic.network += 1;
  });
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  if (profile.cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  await setOnline(cdp, profile, true);
  return { page, cdp, traffic };
}

const NO_THROTTLE: Network = { latency: 0, downloadThroughput: -1, uploadThroughput: -1 };

/** The profile's network, or none at all (the browser says offline and the page gets `offline`). */
export async function setOnline(cdp: CDPSession, profile: Profile, online: boolean): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', { offline: !online, ...(profile.network ?? NO_THROTTLE) });
}

/** Chromium's own counters (ms of main-thread work so far, heap), for the JSON. */
export async function pageMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const wanted: Record<string, string> = {
    TaskDuration: 'taskMs',
    ScriptDuration: 'scriptMs',
    LayoutDuration: 'layoutMs',
    RecalcStyleDuration: 'styleMs',
    JSHeapUsedSize: 'heapMiB',
    // Counts, unlike the durations, do not move with the machine's load.
    LayoutCount: 'layouts',
    RecalcStyleCount: 'styleRecalcs',
  };
  const picked: Record<string, number> = {};
  for (const { name, value } of metrics) {
    const key = wanted[name];
    if (!key) continue;
    picked[key] =
      key === 'heapMiB'
        ? Math.round((value / 1024 / 1024) * 10) / 10
        : key === 'layouts' || key === 'styleRecalcs'
          ? value
          : Math.round(value * 1000);
  }
  return picked;
}
