/**
 * Values that travel in HTTP bodies and tokens as well as in documents: one definition each,
 * here, so the HTTP contract (./http) can check them; @avaa/board-model re-exports them.
 */

/** The languages of the template and the UI (Finnish first). */
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The roles the method names. Core staff work full time in the Ohjaamo or otherwise know the
 * whole of it; client representatives (a youth panel, youth developers) are equal members.
 */
export const PARTICIPANT_ROLES = [
  'core-staff',
  'other-staff',
  'network-partner',
  'client-representative',
  'supervisor',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export function isParticipantRole(value: unknown): value is ParticipantRole {
  return typeof value === 'string' && (PARTICIPANT_ROLES as readonly string[]).includes(value);
}

declare const personIdBrand: unique symbol;
/** A workshop participant's id: opaque, unique within one workshop. */
export type PersonId = string & { readonly [personIdBrand]: true };

// New ids are 12 characters (addPerson); the bound keeps what a token or presence may carry small.
const PERSON_ID_PATTERN = /^[0-9a-z]{1,32}$/;

/** Whether a value can be a person's id: the one rule for tokens, presence and the API. */
export function isPersonId(value: unknown): value is PersonId {
  return typeof value === 'string' && PERSON_ID_PATTERN.test(value);
}

declare const noteIdBrand: unique symbol;
/** A note's id: 12 characters from `[0-9a-z]`, random, unique per board. */
export type NoteId = string & { readonly [noteIdBrand]: true };

const NOTE_ID_PATTERN = /^[0-9a-z]{12}$/;

export function isNoteId(value: unknown): value is NoteId {
  return typeof value === 'string' && NOTE_ID_PATTERN.test(value);
}

declare const imageIdBrand: unique symbol;
/**
 * A stored note image's id: the SHA-256 of its stored (re-encoded) bytes, 64 lower-case hex
 * digits. Unique per board: the server keeps images per board, never shared between boards.
 */
export type ImageId = string & { readonly [imageIdBrand]: true };

const IMAGE_ID_PATTERN = /^[0-9a-f]{64}$/;

export function isImageId(value: unknown): value is ImageId {
  return typeof value === 'string' && IMAGE_ID_PATTERN.test(value);
}

/** A device's id for one dot change (the votes API), so a change sent again is not counted twice. */
export function isChangeId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-z-]{8,40}$/.test(value);
}
