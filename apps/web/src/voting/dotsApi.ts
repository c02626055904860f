import type { ApiError, MyDots, NoteId, WorkshopId } from '@avaa/protocol';
import type { ApiResult } from '@avaa/workshop-client';
import * as api from '@avaa/workshop-client';

/** My dots in a vote as the server stored them. */
export type StoredDots = MyDots;

/**
 * What the votes API answered (server/README "Votes"): the stored dots, a refusal by its name
 * (`no-dots-left`, `forbidden`, `common-table-locked`...; null for an answer that names none of
 * the API's errors), or no answer at all (offline, or the server down: try again).
 */
export type DotsAnswer<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly kind: 'refused'; readonly status: number; readonly error: ApiError | null }
  | { readonly ok: false; readonly kind: 'network' };

const network = { ok: false, kind: 'network' } as const;

/** The client's closed result as the dots layer reads it. */
function answerOf<T>(result: ApiResult<T>): DotsAnswer<T> {
  if (result.ok) return result;
  // A server that is restarting or overloaded has not refused anything: try again.
  if (result.kind === 'network' || result.status >= 500 || result.status === 429) return network;
  return { ok: false, kind: 'refused', status: result.status, error: result.kind === 'refused' ? result.error : null };
}

const target = (workshop: WorkshopId, vote: string, token: string) => ({ base: '', workshop, vote, token });

export async function fetchMyDots(workshop: WorkshopId, vote: string, token: string) {
  return answerOf(await api.fetchMyDots(target(workshop, vote, token)));
}

/** One more dot on a note; `change`: this device's id for the change, the same on every retry. */
export async function postDot(workshop: WorkshopId, vote: string, token: string, note: NoteId, change: string) {
  return answerOf(await api.placeDot(target(workshop, vote, token), note, change));
}

export async function deleteDot(workshop: WorkshopId, vote: string, token: string, note: NoteId, change: string) {
  return answerOf(await api.takeBackDot(target(workshop, vote, token), note, change));
}

/** A named vote's dots by person: the facilitator's token only. */
export async function fetchVotePeople(workshop: WorkshopId, vote: string, token: string) {
  return answerOf(await api.fetchVotePeople(target(workshop, vote, token)));
}
