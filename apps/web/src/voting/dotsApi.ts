import type { NoteId, PersonDots } from '@avaa/board-model';
import { type ApiError, readApiError, type WorkshopId } from '@avaa/protocol';

/** My dots in a vote as the server stored them. */
export type StoredDots = { readonly notes: readonly NoteId[]; readonly left: number; readonly total: number };

/**
 * What the votes API answered (server/README "Votes"): the stored dots, a refusal by its name
 * (`no-dots-left`, `forbidden`, `common-table-locked`...; null for an answer that names none of
 * the API's errors), or no answer at all (offline, or the server down: try again).
 */
export type DotsAnswer<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly kind: 'refused'; readonly status: number; readonly error: ApiError | null }
  | { readonly ok: false; readonly kind: 'network' };

const base = (workshop: WorkshopId, vote: string) => `/api/workshops/${workshop}/votes/${encodeURIComponent(vote)}`;

async function call<T>(url: string, token: string, init: RequestInit = {}): Promise<DotsAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } });
  } catch {
    return { ok: false, kind: 'network' };
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { ok: true, value: body as T };
  // A server that is restarting or overloaded has not refused anything: try again.
  if (response.status >= 500 || response.status === 429) return { ok: false, kind: 'network' };
  return { ok: false, kind: 'refused', status: response.status, error: readApiError(body)?.error ?? null };
}

export function fetchMyDots(workshop: WorkshopId, vote: string, token: string) {
  return call<StoredDots>(`${base(workshop, vote)}/dots`, token);
}

/** One more dot on a note; `change`: this device's id for the change, the same on every retry. */
export function postDot(workshop: WorkshopId, vote: string, token: string, note: NoteId, change: string) {
  return call<StoredDots>(`${base(workshop, vote)}/dots`, token, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ note, change }),
  });
}

export function deleteDot(workshop: WorkshopId, vote: string, token: string, note: NoteId, change: string) {
  return call<StoredDots>(`${base(workshop, vote)}/dots/${note}?change=${change}`, token, { method: 'DELETE' });
}

/** A named vote's dots by person: the facilitator's token only. */
export function fetchVotePeople(workshop: WorkshopId, vote: string, token: string) {
  return call<{ readonly people: readonly PersonDots[] }>(`${base(workshop, vote)}/people`, token);
}
