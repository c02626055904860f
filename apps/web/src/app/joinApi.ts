import { isLanguage, isParticipantRole, type Language, type ParticipantRole } from '@avaa/board-model';
import { isWorkshopId, WORKSHOP_ID_ALPHABET, type WorkshopId } from '@avaa/protocol';
import type { Membership } from '../access/personalToken.ts';
import { absoluteLink } from './absoluteLink.ts';
import type { ApiFailure } from './api.ts';

/** Why the server refused a join; each has its own explanation in the UI. */
export const JOIN_FIELD_ERRORS = ['empty-name', 'name-too-long', 'control-character', 'unknown-role'] as const;
export type JoinFieldError = (typeof JOIN_FIELD_ERRORS)[number];

export type JoinFailure =
  | ApiFailure
  | { readonly ok: false; readonly kind: 'invalid'; readonly error: JoinFieldError }
  | { readonly ok: false; readonly kind: 'joining-closed' }
  | { readonly ok: false; readonly kind: 'too-many-people' }
  | { readonly ok: false; readonly kind: 'too-many-requests' };

/** `POST /api/workshops/<id>/join`: the link's token in, a person and their own token out. */
export async function joinWorkshop(
  workshopId: WorkshopId,
  linkToken: string,
  person: { readonly name: string; readonly role: ParticipantRole },
): Promise<{ readonly ok: true; readonly membership: Membership } | JoinFailure> {
  let response: Response;
  try {
    response = await fetch(`/api/workshops/${workshopId}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${linkToken}` },
      body: JSON.stringify(person),
    });
  } catch {
    return { ok: false, kind: 'network' };
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status === 201) {
    const joined = body.person as Record<string, unknown> | undefined;
    if (typeof body.token === 'string' && typeof joined?.id === 'string' && isParticipantRole(joined.role)) {
      const membership = { token: body.token, person: { id: joined.id, name: String(joined.name), role: joined.role } };
      return { ok: true, membership: membership as Membership };
    }
    return { ok: false, kind: 'http', status: 500 };
  }
  const error = body.error;
  if (response.status === 403 && error === 'joining-closed') return { ok: false, kind: 'joining-closed' };
  if (response.status === 409 && error === 'too-many-people') return { ok: false, kind: 'too-many-people' };
  if (response.status === 429 && error === 'too-many-requests') return { ok: false, kind: 'too-many-requests' };
  if (response.status === 400 && (JOIN_FIELD_ERRORS as readonly unknown[]).includes(error)) {
    return { ok: false, kind: 'invalid', error: error as JoinFieldError };
  }
  return { ok: false, kind: 'http', status: response.status };
}

export type JoinCodeTarget = {
  readonly id: WorkshopId;
  readonly title: string;
  readonly language: Language;
  readonly participantLink: string;
};

export type JoinCodeFailure =
  | { readonly ok: false; readonly kind: 'unknown-join-code' | 'too-many-requests' | 'network' }
  | { readonly ok: false; readonly kind: 'http'; readonly status: number };

/** Join codes are short and typed on phones: case, spaces and dashes people add do not matter. */
export function normalizeJoinCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}

/** Six characters of the workshop id alphabet (no look-alikes such as 0/o or 1/l). */
export function looksLikeJoinCode(code: string): boolean {
  return new RegExp(`^[${WORKSHOP_ID_ALPHABET}]{${JOIN_CODE_LENGTH}}$`).test(normalizeJoinCode(code));
}

export const JOIN_CODE_LENGTH = 6;

/** `GET /api/join/<code>`: which workshop a typed code opens. */
export async function lookupJoinCode(
  code: string,
): Promise<{ readonly ok: true; readonly target: JoinCodeTarget } | JoinCodeFailure> {
  let response: Response;
  try {
    response = await fetch(`/api/join/${encodeURIComponent(normalizeJoinCode(code))}`);
  } catch {
    return { ok: false, kind: 'network' };
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status === 404) return { ok: false, kind: 'unknown-join-code' };
  if (response.status === 429) return { ok: false, kind: 'too-many-requests' };
  const links = body.links as Record<string, unknown> | undefined;
  if (!response.ok || !isWorkshopId(body.id) || !isLanguage(body.language) || typeof links?.participant !== 'string') {
    return { ok: false, kind: 'http', status: response.status };
  }
  return {
    ok: true,
    target: {
      id: body.id,
      title: String(body.title ?? ''),
      language: body.language,
      participantLink: absoluteLink(links.participant),
    },
  };
}
