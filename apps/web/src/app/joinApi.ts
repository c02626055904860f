import { isLanguage, isParticipantRole, type Language, type ParticipantRole } from '@avaa/board-model';
import { type ApiError, isWorkshopId, WORKSHOP_ID_ALPHABET, type WorkshopId } from '@avaa/protocol';
import type { Membership } from '../access/personalToken.ts';
import { absoluteLink } from './absoluteLink.ts';
import { type ApiFailure, failureOf, jsonOf } from './api.ts';

/** Why the server refused a name or a role; each has its own explanation beside its field. */
export const JOIN_FIELD_ERRORS = [
  'empty-name',
  'name-too-long',
  'control-character',
  'unknown-role',
] as const satisfies readonly ApiError[];
export type JoinFieldError = (typeof JOIN_FIELD_ERRORS)[number];

export function isJoinFieldError(error: ApiError): error is JoinFieldError {
  return (JOIN_FIELD_ERRORS as readonly ApiError[]).includes(error);
}

/** `POST /api/workshops/<id>/join`: the link's token in, a person and their own token out. */
export async function joinWorkshop(
  workshopId: WorkshopId,
  linkToken: string,
  person: { readonly name: string; readonly role: ParticipantRole },
): Promise<{ readonly ok: true; readonly membership: Membership } | ApiFailure> {
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
  const body = await jsonOf(response);
  if (response.status === 201) {
    const joined = body.person as Record<string, unknown> | undefined;
    if (typeof body.token === 'string' && typeof joined?.id === 'string' && isParticipantRole(joined.role)) {
      const membership = { token: body.token, person: { id: joined.id, name: String(joined.name), role: joined.role } };
      return { ok: true, membership: membership as Membership };
    }
    return { ok: false, kind: 'http', status: 500 };
  }
  return failureOf(response.status, body);
}

export type JoinCodeTarget = {
  readonly id: WorkshopId;
  readonly title: string;
  readonly language: Language;
  readonly participantLink: string;
};

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
): Promise<{ readonly ok: true; readonly target: JoinCodeTarget } | ApiFailure> {
  let response: Response;
  try {
    response = await fetch(`/api/join/${encodeURIComponent(normalizeJoinCode(code))}`);
  } catch {
    return { ok: false, kind: 'network' };
  }
  const body = await jsonOf(response);
  if (!response.ok) return failureOf(response.status, body);
  const links = body.links as Record<string, unknown> | undefined;
  if (!isWorkshopId(body.id) || !isLanguage(body.language) || typeof links?.participant !== 'string') {
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
