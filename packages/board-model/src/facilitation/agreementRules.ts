import { fail, ok, type Result } from '../result.ts';
import { codePointLength, normalizeNoteText, validateNoteText } from '../validation.ts';
import { MAX_PERSON_NAME_LENGTH } from '../workshop/schema.ts';

/**
 * Field rules of an agreement item. The text follows the note rules (an item is often a note's
 * text); the owner is a free-text name (a person, a team, "johtoryhmä"), not a person id.
 */
export const AGREEMENT_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** An item's owner may be a role or a team as well as a name, so a little longer than a name. */
export const MAX_OWNER_LENGTH = MAX_PERSON_NAME_LENGTH * 2;

export function isAgreementStatus(value: unknown): value is AgreementStatus {
  return typeof value === 'string' && (AGREEMENT_STATUSES as readonly string[]).includes(value);
}

/** The item's text, trimmed (an item is one line of a register, not a note's layout). */
export function validateAgreementText(text: string): Result<string> {
  const normalized = normalizeNoteText(text).trim();
  const valid = validateNoteText(normalized);
  return valid.ok ? ok(normalized) : valid;
}

// Control and bidirectional override characters, as in note texts.
const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** The trimmed owner; empty means nobody named yet. */
export function validateOwner(owner: string): Result<string> {
  const trimmed = owner.trim();
  if (FORBIDDEN.test(trimmed)) return fail('control-character');
  if (codePointLength(trimmed) > MAX_OWNER_LENGTH) return fail('name-too-long');
  return ok(trimmed);
}

/** A calendar date `YYYY-MM-DD` (ISO 8601) that exists: 2027-02-29 does not. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A due date or null (none); anything else is refused. */
export function validateDue(due: string | null): Result<string | null> {
  return due === null || isIsoDate(due) ? ok(due) : fail('invalid-date');
}
