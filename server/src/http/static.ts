import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { BASE_HEADERS, HTML_HEADERS, sendText } from './respond.ts';
import { chooseEncoding, compressedFile } from './staticCompression.ts';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

// Vite puts content-hashed files under /assets/: a changed file gets a new name.
const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Everything else is revalidated: index.html (a new deploy's asset names), the install
 * manifests and, above all, the service worker (`/sw.js`): a cached copy would hold every
 * device on the old version. It may control the whole origin (its default scope, said aloud).
 */
const REVALIDATE = 'no-cache';
const SERVICE_WORKER = '/sw.js';
export const NOT_BUILT_TEXT = 'The web app has not been built. Run `npm run build`, then restart the server.\n';

/**
 * Serves the built web app. Paths without a file extension (`/w/<id>`, `/w/<id>/projector`)
 * are app routes and get index.html; a missing file with an extension is a 404.
 */
export async function serveStatic(staticDir: string, req: IncomingMessage, res: ServerResponse, path: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
  }
  const root = resolve(staticDir);
  const index = join(root, 'index.html');
  if (!(await isFile(index))) return sendText(res, 503, NOT_BUILT_TEXT);
  const file = resolveInside(root, path);
  if (file === undefined) return sendText(res, 400, 'Bad path\n');
  if (file !== root && (await isFile(file))) return sendFile(req, res, file, path);
  if (extname(path) !== '') return sendText(res, 404, 'Not found\n');
  return sendFile(req, res, index, '/index.html');
}

/** The file a URL path names, or undefined if it would leave `root` (`..`, NUL bytes). */
function resolveInside(root: string, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = resolve(root, `.${decoded}`);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, path: string): Promise<void> {
  const info = await stat(file);
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const isHtml = type.startsWith('text/html');
  const encoding = chooseEncoding(req.headers['accept-encoding'], type, info.size);
  const body = encoding ? await compressedFile(file, info, encoding) : null;
  res.writeHead(200, {
    ...(isHtml ? HTML_HEADERS : BASE_HEADERS),
    'Content-Type': type,
    'Content-Length': body?.length ?? info.size,
    ...(encoding ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } : {}),
    'Cache-Control': path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
    'Last-Modified': info.mtime.toUTCString(),
    ...(path === SERVICE_WORKER ? { 'Service-Worker-Allowed': '/' } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  if (body) {
    res.end(body);
    return;
  }
  await pipeline(createReadStream(file), res);
}
