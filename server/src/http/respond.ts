import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_ERRORS, ApiError, type ApiErrorBody } from '@avaa/protocol';

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
 * Inline styles stay allowed (React style attributes); inline scripts do not. The service
 * worker and the install manifest come from this origin too (`worker-src`, `manifest-src`).
 */
export const HTML_HEADERS = {
  ...BASE_HEADERS,
  'Content-Security-Policy':
    "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; " +
    "frame-src 'self' blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; " +
    "form-action 'self'; frame-ancestors 'none'; worker-src 'self'; manifest-src 'self'",
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

/** Details an error answer may carry beside its name. */
export type ErrorDetails = Omit<ApiErrorBody, 'error'> & { readonly errors?: readonly unknown[] };

/** An error answer: its status is the error's own (API_ERRORS), never chosen here. */
export function sendError(
  res: ServerResponse,
  error: ApiError,
  details: ErrorDetails = {},
  headers: Record<string, string> = {},
): void {
  sendJson(res, API_ERRORS[error], { error, ...details }, headers);
}

/** An answer decided before it is sent (inside a room's lock, say). */
export type Answer = { readonly status: number; readonly body: unknown };

export function refused(error: ApiError, details: ErrorDetails = {}): Answer {
  return { status: API_ERRORS[error], body: { error, ...details } };
}

type BodyError = typeof ApiError.bodyTooLarge | typeof ApiError.invalidJson | typeof ApiError.unsupportedMediaType;
export type BodyResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: BodyError };

/** A body the server would not read: the connection closes, so what was left unread goes too. */
export function sendBodyError(res: ServerResponse, error: BodyError): void {
  sendError(res, error, {}, { Connection: 'close' });
}

const TOO_LARGE = { ok: false, error: ApiError.bodyTooLarge } as const;
const NOT_JSON = { ok: false, error: ApiError.unsupportedMediaType } as const;

/** Reads and parses a JSON body of at most `limit` bytes, without buffering more than that. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const body = await readBody(req, limit);
  if (!body.ok) return body;
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(body.chunks).toString('utf8')) };
  } catch {
    return { ok: false, error: ApiError.invalidJson };
  }
}

/**
 * A JSON body of at most `limit` bytes, unparsed and as it came (a large one is joined and parsed
 * off the event loop: even joining 8 MiB took it tens of milliseconds on a busy machine). The
 * body must say it is `application/json`: a page of another site may POST text/plain (or a form)
 * here without the browser asking first, but never JSON, so this refuses cross-site requests
 * (415) and, our answers carrying no CORS headers, they can never read what we say.
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
  mediaTypes: readonly string[] = ['application/json'],
): Promise<{ readonly ok: true; readonly chunks: readonly Buffer[] } | typeof TOO_LARGE | typeof NOT_JSON> {
  const mediaType = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  if (!mediaTypes.includes(mediaType ?? '')) return Promise.resolve(NOT_JSON);
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.resolve(TOO_LARGE);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop keeping the body but let it drain, so the 413 reaches the client.
        req.removeAllListeners('data');
        req.resume();
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => resolve({ ok: true, chunks }));
  });
}
