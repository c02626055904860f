import { randomInt } from 'node:crypto';
import { WORKSHOP_ID_ALPHABET } from '@avaa/protocol';

/**
 * Join codes: 6 characters people type on the start page to find a workshop (31^6, about 887
 * million codes, so guessing one of the live workshops' codes takes very many lookups, and
 * lookups are rate-limited). Same alphabet as workshop ids: no look-alikes (0/o, 1/l/i).
 */
export const JOIN_CODE_LENGTH = 6;
const JOIN_CODE_PATTERN = new RegExp(`^[${WORKSHOP_ID_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += WORKSHOP_ID_ALPHABET[randomInt(WORKSHOP_ID_ALPHABET.length)];
  return code;
}

/**
 * A typed code in its stored form, or undefined if it cannot be one. Case, spaces and dashes do
 * not matter (a code may be shown as `H7K-Q3M` and typed on a phone).
 */
export function normalizeJoinCode(typed: string): string | undefined {
  const code = typed.replace(/[\s-]/g, '').toLowerCase();
  return JOIN_CODE_PATTERN.test(code) ? code : undefined;
}
