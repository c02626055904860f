import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

// The app installs from the browser: a manifest in the page's language, icons that are what
// they say, and Chromium's own verdict that nothing stops the install.
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  context = await newPerson(browser, 'Aino', { serviceWorkers: 'allow' });
  page = await context.newPage();
  await page.goto(`${server.url}/`);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

type Manifest = {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
};

const NAMES = {
  fi: 'Avaa asiakasprosessi',
  sv: 'Avaa kundprocessen',
  en: 'Avaa client process',
} as const;

const manifestHref = () => page.locator('link[rel="manifest"]').getAttribute('href');

async function fetchManifest(path: string): Promise<Manifest> {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
  return (await response.json()) as Manifest;
}

/** A PNG's width and height from its header (IHDR), or throws if the bytes are not a PNG. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, i) => bytes[i] === byte)) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('the install manifest', () => {
  it('is linked from the page in its language, Finnish first, and follows a change of language', async () => {
    expect(await manifestHref()).toBe('/manifest.fi.webmanifest');
    expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe('#0b57d0');
    await page.getByRole('combobox', { name: 'Kieli', exact: true }).selectOption('sv');
    await expect.poll(manifestHref).toBe('/manifest.sv.webmanifest');
    await page.getByRole('combobox', { name: 'Språk', exact: true }).selectOption('en');
    await expect.poll(manifestHref).toBe('/manifest.en.webmanifest');
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('fi');
    await expect.poll(manifestHref).toBe('/manifest.fi.webmanifest');
  });

  it('names the app in Finnish, Swedish and English, as one app that opens standalone at the start page', async () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const manifest = await fetchManifest(`/manifest.${language}.webmanifest`);
      expect(manifest.name).toBe(NAMES[language]);
      expect(manifest.short_name).toBe('Avaa');
      expect(manifest.description.length).toBeGreaterThan(20);
      expect(manifest.lang).toBe(language);
      // One identity in every language: a change of language does not make another app.
      expect(manifest.id).toBe('/');
      expect(manifest.start_url).toBe('/');
      expect(manifest.scope).toBe('/');
      expect(manifest.display).toBe('standalone');
      expect(manifest.theme_color).toBe('#0b57d0');
    }
    const descriptions = await Promise.all(
      ['fi', 'sv', 'en'].map(async (l) => (await fetchManifest(`/manifest.${l}.webmanifest`)).description),
    );
    expect(new Set(descriptions).size).toBe(3);
  });

  it('declares icons that exist and are PNGs of their declared size, one of them maskable', async () => {
    const manifest = await fetchManifest('/manifest.fi.webmanifest');
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of pngs) {
      const response = await fetch(`${server.url}${icon.src}`);
      expect(response.status, icon.src).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(new Uint8Array(await response.arrayBuffer())), icon.src).toEqual({ width, height });
    }
    const svg = await fetch(`${server.url}/icon.svg`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(await svg.text()).toContain('<svg');
  });

  it('is read by Chromium without errors, and nothing stops installing the app', async () => {
    const cdp = await context.newCDPSession(page);
    const read = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] };
    expect(read.url).toBe(`${server.url}/manifest.fi.webmanifest`);
    expect(read.errors).toEqual([]);
    // The test contexts are off the record, like private windows, where nothing installs:
    // Chromium's verdict is asked of a browser with a profile on disk instead.
    const profile = await mkdtemp(join(tmpdir(), 'avaa-e2e-profile-'));
    const installing = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const tab = await installing.newPage();
      await tab.goto(`${server.url}/`);
      // Once the service worker controls the page, Chromium's list of what stops an install is empty.
      await tab.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const verdict = (await (await installing.newCDPSession(tab)).send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(verdict.installabilityErrors).toEqual([]);
    } finally {
      await installing.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});
