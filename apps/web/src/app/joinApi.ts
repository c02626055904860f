import { type Language, type ParticipantRole, WORKSHOP_ID_ALPHABET, type WorkshopId } from '@avaa/protocol';
import * as api from '@avaa/workshop-client';
import type { Membership } from '../access/personalToken.ts';
import { absoluteLink } from './absoluteLink.ts';
import type { ApiFailure } from './api.ts';

// Why the server refused a name or a role (each explained beside its field): the contract's.
export { isJoinFieldError, JOIN_FIELD_ERRORS, type JoinFieldError } from '@avaa/protocol';

/** `POST /api/workshops/<id>/join`: the link's token in, a person and their own token out. */
export async function joinWorkshop(
  workshopId: WorkshopId,
  linkToken: string,
  person: { readonly name: string; readonly role: ParticipantRole },
): Promise<{ readonly ok: true; readonly membership: Membership } | ApiFailure> {
  const joined = await api.joinWorkshop('', workshopId, linkToken, person);
  return joined.ok ? { ok: true, membership: joined.value } : joined;
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
  const found = await api.lookupJoinCode('', normalizeJoinCode(code));
  if (!found.ok) return found;
  const { id, title, language, links } = found.value;
  return { ok: true, target: { id, title, language, participantLink: absoluteLink(links.participant) } };
}
