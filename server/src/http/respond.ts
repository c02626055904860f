import type { IncomingMessage, ServerResponse } from 'node:http';

/** The largest JSON body the API reads. */
export const MAX_BODY_BYTES = 16 * 1024;

/** Headers every response carries: no sniffing, no Referer, never inside another site's frame. */
export const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
} as const;

/**
 * The app's pages: everything from this origin only, so no third-party request is possible.
 * `connect-src 'self'` covers the same origin's ws:/wss: (CSP Level 3, every current browser).
 * Inline styles stay allowed (React style attributes); inline scripts do not.
 */
export const HTML_HEADERS = {
  ...BASE_HEADERS,
  'Content-Security-Policy':
    "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; " +
    "frame-src 'self' blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; " +
    "form-action 'self'; frame-ancestors 'none'",
} as const;

/** API answers and plain text are data, never documents: nothing may load from them. */
const DATA_HEADERS = { ...BASE_HEADERS, 'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'" };

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...DATA_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...DATA_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export type BodyResult =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly status: number;
      readonly error: 'body-too-large' | 'invalid-json' | 'unsupported-media-type';
    };

/**
 * Reads and parses a JSON body of at most `limit` bytes, without buffering more than that. The
 * body must say it is `application/json`: a page of another site may POST text/plain (or a form)
 * here without the browser asking first, but never JSON, so this refuses cross-site requests
 * (415) and, our answers carrying no CORS headers, they can never read what we say.
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const mediaType = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  if (mediaType !== 'application/json') {
    return Promise.resolve({ ok: false, status: 415, error: 'unsupported-media-type' });
  }
  const tooLarge = { ok: false, status: 413, error: 'body-too-large' } as const;
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.resolve(tooLarge);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop keeping the body but let it drain, so the 413 reaches the client.
        req.removeAllListeners('data');
        req.resume();
        resolve(tooLarge);
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      try {
        resolve({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      } catch {
        resolve({ ok: false, status: 400, error: 'invalid-json' });
      }
    });
  });
}
