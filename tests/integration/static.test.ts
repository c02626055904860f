import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { closeTestServers, startTestServer, tempDir } from './helpers/server.ts';

afterEach(closeTestServers);

const INDEX = '<!doctype html><title>Avaa</title><script type="module" src="/assets/index-Ab12Cd.js"></script>';
const CSP =
  "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; " +
  "frame-src 'self' blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; " +
  "form-action 'self'; frame-ancestors 'none'; worker-src 'self'; manifest-src 'self'";

/** A stand-in for apps/web/dist, so this test does not depend on a build. */
function fakeBuild(): string {
  const dir = tempDir('avaa-dist-');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'index-Ab12Cd.js'), 'console.log("avaa")');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})');
  writeFileSync(join(dir, 'manifest.fi.webmanifest'), '{"name":"Avaa"}');
  return dir;
}

describe('the web app', () => {
  test('app routes get index.html with security headers', async () => {
    const { url } = await startTestServer({ staticDir: fakeBuild() });
    for (const path of ['/', '/index.html', '/w/abcdefghjk', '/w/abcdefghjk/projector']) {
      const response = await fetch(`${url}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toBe(INDEX);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  test('hashed assets are cached for long; other files are revalidated', async () => {
    const { url } = await startTestServer({ staticDir: fakeBuild() });
    const asset = await fetch(`${url}/assets/index-Ab12Cd.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe('console.log("avaa")');
    const icon = await fetch(`${url}/favicon.svg`, { method: 'HEAD' });
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  test('the service worker is always revalidated, and the install manifest has its own type', async () => {
    const { url } = await startTestServer({ staticDir: fakeBuild() });
    const worker = await fetch(`${url}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect(worker.headers.get('service-worker-allowed')).toBe('/');
    const manifest = await fetch(`${url}/manifest.fi.webmanifest`);
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect(await manifest.json()).toEqual({ name: 'Avaa' });
    // Not an app route: a missing worker is a 404, never index.html served as a script.
    expect((await fetch(`${url}/sw-missing.js`)).status).toBe(404);
  });

  test('missing files are 404 and paths cannot leave the build directory', async () => {
    const server = await startTestServer({ staticDir: fakeBuild() });
    expect((await fetch(`${server.url}/assets/missing-123.js`)).status).toBe(404);
    writeFileSync(join(server.dataDir, 'outside.txt'), 'secret');
    for (const path of ['/..%2Foutside.txt', '/%2e%2e/outside.txt', '/assets/..%2F..%2Foutside.txt', '/a%00.js']) {
      const response = await fetch(`${server.url}${path}`);
      expect([400, 404], path).toContain(response.status);
      expect(await response.text()).not.toContain('secret');
    }
    expect((await fetch(`${server.url}/`, { method: 'POST' })).status).toBe(405);
  });

  test('without a build the server explains how to make one', async () => {
    const { url } = await startTestServer({ staticDir: join(tempDir(), 'dist-missing') });
    const response = await fetch(`${url}/w/abcdefghjk`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
    // The API and sync do not need the build.
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  test('scripts and pages go out compressed when the browser accepts it, images as they are', async () => {
    const dir = fakeBuild();
    // A script like the build's: large and repetitive, so compression pays.
    const script = Array.from({ length: 400 }, (_, i) => `export const note${i} = "matalan kynnyksen ohjaus ${i}";`);
    writeFileSync(join(dir, 'assets', 'board-Zz99.js'), script.join('\n'));
    writeFileSync(join(dir, 'assets', 'logo-Zz99.png'), Buffer.alloc(4096, 7));
    const { url } = await startTestServer({ staticDir: dir });
    const path = '/assets/board-Zz99.js';
    const br = await rawGet(`${url}${path}`, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(script.join('\n').length / 3);
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(script.join('\n'));
    // Asked again: the same bytes (kept, not compressed anew with other settings).
    expect((await rawGet(`${url}${path}`, 'br')).body.equals(br.body)).toBe(true);
    // Brotli refused with q=0: gzip.
    const gz = await rawGet(`${url}${path}`, 'br;q=0, gzip;q=0.8');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(script.join('\n'));
    const plain = await rawGet(`${url}${path}`, undefined);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(script.join('\n'));
    // Already compressed formats are sent as they are.
    const image = await rawGet(`${url}/assets/logo-Zz99.png`, 'br, gzip');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.length).toBe(4096);
  });

  test("the build's own brotli copy goes out when it is as new as the file, never a stale one", async () => {
    const dir = fakeBuild();
    const script = Array.from({ length: 400 }, (_, i) => `export const note${i} = "asiakaspolku ${i}";`).join('\n');
    const file = join(dir, 'assets', 'paths-Qq11.js');
    writeFileSync(file, script);
    const best = brotliCompressSync(script, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    writeFileSync(`${file}.br`, best);
    const stale = join(dir, 'assets', 'stale-Qq11.js');
    writeFileSync(`${stale}.br`, brotliCompressSync('console.log("old")'));
    writeFileSync(stale, script);
    // The copy written before the file changed (a build copied over another by hand).
    const later = new Date(Date.now() + 60_000);
    utimesSync(stale, later, later);
    const { url } = await startTestServer({ staticDir: dir });
    const built = await rawGet(`${url}/assets/paths-Qq11.js`, 'br, gzip');
    expect(built.headers['content-encoding']).toBe('br');
    expect(built.body.equals(best)).toBe(true);
    const fresh = await rawGet(`${url}/assets/stale-Qq11.js`, 'br');
    expect(brotliDecompressSync(fresh.body).toString('utf8')).toBe(script);
    // gzip is compressed from the file itself.
    expect(gunzipSync((await rawGet(`${url}/assets/paths-Qq11.js`, 'gzip')).body).toString('utf8')).toBe(script);
  });

  test('the sync path answers plain HTTP with 426', async () => {
    const { url } = await startTestServer();
    expect((await fetch(`${url}/sync/abcdefghjk/plenary`)).status).toBe(426);
  });
});

/** A GET without the decompression fetch does: the bytes and headers as the server sent them. */
function rawGet(url: string, acceptEncoding: string | undefined) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}
