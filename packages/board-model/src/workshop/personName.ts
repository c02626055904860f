import { fail, ok, type Result } from '../result.ts';
import { codePointLength, showsNothing } from '../validation.ts';
import { MAX_PERSON_NAME_LENGTH } from './schema.ts';

const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** A display name: what people call each other in the room, 1-60 characters on one line, seen. */
export function validatePersonName(name: string): Result<string> {
  const trimmed = name.trim();
  if (showsNothing(trimmed)) return fail('empty-name');
  if (CONTROL_CHARACTER.test(trimmed)) return fail('control-character');
  if (codePointLength(trimmed) > MAX_PERSON_NAME_LENGTH) return fail('name-too-long');
  return ok(trimmed);
}
