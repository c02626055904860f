import { type ApiError, type Check, checkImportProblems, type ImportProblem, readApiError } from '@avaa/protocol';

/**
 * Why a call did not give what was asked. Closed: every caller handles these three and nothing
 * else, and shows a refusal by its error's name (never by a status or a message text).
 */
export type ApiFailure =
  /** No answer: offline, the server down, the request cut off. */
  | { readonly ok: false; readonly kind: 'network' }
  /** The server refused, naming why (API_ERRORS in @avaa/protocol). */
  | {
      readonly ok: false;
      readonly kind: 'refused';
      readonly error: ApiError;
      readonly status: number;
      readonly field?: string;
      readonly allowed?: readonly string[];
      /** Seconds the server asks to wait (`Retry-After`), for `too-many-*` and `busy`. */
      readonly retryAfterSeconds?: number;
      /** `invalid-export` only: what is wrong where in the file. */
      readonly problems?: readonly ImportProblem[];
    }
  /** An answer that is not the contract's: a proxy's 502, say, or a body its check refuses. */
  | { readonly ok: false; readonly kind: 'http'; readonly status: number };

export type ApiResult<T> = { readonly ok: true; readonly value: T } | ApiFailure;

/** Where the API is (`''`: this page's origin) and, for most endpoints, the token to show it. */
export type Endpoint = { readonly base: string; readonly path: string; readonly token?: string };

const NETWORK: ApiFailure = { ok: false, kind: 'network' };

/** Sends a request and checks the answer's JSON against the contract: ok only with `expected`'s status. */
export async function callJson<T>(
  endpoint: Endpoint,
  init: { readonly method?: string; readonly body?: unknown; readonly text?: string; readonly file?: TypedBytes },
  expected: number,
  check: Check<T>,
): Promise<ApiResult<T>> {
  const response = await send(endpoint, init);
  if (!response) return NETWORK;
  const body = await readJson(response);
  if (response.status !== expected) return failureOf(response, body);
  const checked = check(body);
  return checked.ok ? { ok: true, value: checked.value } : { ok: false, kind: 'http', status: response.status };
}

/** Sends a request whose answer is a file or nothing: ok with the response as it came. */
export async function callRaw(
  endpoint: Endpoint,
  init: { readonly method?: string },
  expected: number,
): Promise<ApiResult<Response>> {
  const response = await send(endpoint, init);
  if (!response) return NETWORK;
  if (response.status !== expected) return failureOf(response, await readJson(response));
  return { ok: true, value: response };
}

/** A body of bytes and the media type it is sent as (an image upload). */
export type TypedBytes = { readonly type: string; readonly data: Blob };

async function send(
  endpoint: Endpoint,
  init: { readonly method?: string; readonly body?: unknown; readonly text?: string; readonly file?: TypedBytes },
): Promise<Response | undefined> {
  const headers: Record<string, string> = {};
  if (endpoint.token !== undefined) headers.authorization = `Bearer ${endpoint.token}`;
  const body = init.file?.data ?? init.text ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  if (init.file) headers['content-type'] = init.file.type;
  else if (body !== undefined) headers['content-type'] = 'application/json';
  try {
    return await fetch(`${endpoint.base}${endpoint.path}`, {
      method: init.method ?? 'GET',
      headers,
      cache: 'no-store',
      ...(body === undefined ? {} : { body }),
    });
  } catch {
    return undefined;
  }
}

function readJson(response: Response): Promise<unknown> {
  return response.json().catch(() => undefined);
}

/** What a failed answer says: the server's error by name, else only its status. */
export function failureOf(response: Response, body: unknown): ApiFailure {
  const named = readApiError(body);
  if (!named) return { ok: false, kind: 'http', status: response.status };
  const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
  const problems = checkImportProblems((body as { errors?: unknown }).errors);
  return {
    ok: false,
    kind: 'refused',
    status: response.status,
    ...named,
    ...(Number.isFinite(retryAfter) ? { retryAfterSeconds: retryAfter } : {}),
    ...(problems.ok ? { problems: problems.value } : {}),
  };
}
