import { ApiError } from '../apiErrors.ts';
import { isWorkshopId, type WorkshopId } from '../rooms.ts';
import {
  isLanguage,
  isParticipantRole,
  isPersonId,
  type Language,
  type ParticipantRole,
  type PersonId,
} from '../vocabulary.ts';
import { type Check, guarded, object, string } from './check.ts';

/**
 * POST /api/workshops/<id>/join `{name, role}` with the link's token. The name's own rules are
 * the domain's (`addPerson`: `empty-name`, `name-too-long`, `control-character`, field `name`).
 */
export type JoinRequest = { readonly name: string; readonly role: ParticipantRole };

/** A person as the API tells them. */
export type PersonSummary = { readonly id: PersonId; readonly name: string; readonly role: ParticipantRole };

/** 201 to the join: the person, stored, and their own token (for this device to keep). */
export type Joined = { readonly person: PersonSummary; readonly token: string };

/** 200 to GET /api/join/<code>: which workshop a typed code opens, and its participant link. */
export type JoinCodeTarget = {
  readonly id: WorkshopId;
  readonly title: string;
  readonly language: Language;
  readonly links: { readonly participant: string };
};

/** 200 to GET /api/workshops/<id>/join-link: for the projector's joining screen. */
export type JoinLink = { readonly participant: string; readonly joinCode: string };

/** The refusals of a join that are about one field (`name` or `role`), each explained beside it. */
export const JOIN_FIELD_ERRORS = [
  ApiError.emptyName,
  ApiError.nameTooLong,
  ApiError.controlCharacter,
  ApiError.unknownRole,
] as const satisfies readonly ApiError[];
export type JoinFieldError = (typeof JOIN_FIELD_ERRORS)[number];

export function isJoinFieldError(error: ApiError): error is JoinFieldError {
  return (JOIN_FIELD_ERRORS as readonly ApiError[]).includes(error);
}

const participantRole = guarded(isParticipantRole, ApiError.unknownRole);

export const checkJoinRequest: Check<JoinRequest> = object({ name: string, role: participantRole });

export const checkPersonSummary: Check<PersonSummary> = object({
  id: guarded(isPersonId),
  name: string,
  role: participantRole,
});

export const checkJoined: Check<Joined> = object({ person: checkPersonSummary, token: string });

export const checkJoinCodeTarget: Check<JoinCodeTarget> = object({
  id: guarded(isWorkshopId),
  title: string,
  language: guarded(isLanguage, ApiError.unknownLanguage),
  links: object({ participant: string }),
});

export const checkJoinLink: Check<JoinLink> = object({ participant: string, joinCode: string });
