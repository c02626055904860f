/**
 * Notes describe services, not clients. These checks warn a writer whose note looks like it
 * holds a client's personal data; they never block (a service's phone number is fine), so they
 * prefer precision: an identity code counts only with a valid check character, a phone number
 * only in a shape Finnish numbers are written in.
 */
export const PERSONAL_DATA_KINDS = ['identity-code', 'phone', 'email'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
// DDMMYY, the century sign (+, -, A-F, U-Y since 2023), an individual number, a check character.
const IDENTITY_CODE = /(?<![0-9A-Za-z])(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Y])(?![0-9A-Za-z])/gi;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
// +358 or 0, then an area or operator code and the subscriber number, grouped by spaces or dashes.
const PHONE = /(?<![\d+])(?:\+358[\s-]?\(?0?\)?|0)\d{1,2}(?:[\s-]?\d){5,9}(?!\d)/;

function hasValidIdentityCode(text: string): boolean {
  for (const match of text.matchAll(IDENTITY_CODE)) {
    const [, date = '', , individual = '', check = ''] = match;
    const day = Number(date.slice(0, 2));
    const month = Number(date.slice(2, 4));
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    if (CHECK_CHARACTERS[Number(date + individual) % 31] === check.toUpperCase()) return true;
  }
  return false;
}

/** The kinds of personal data the text seems to hold, in a fixed order; empty when none. */
export function findPersonalData(text: string): PersonalDataKind[] {
  const found: PersonalDataKind[] = [];
  if (hasValidIdentityCode(text)) found.push('identity-code');
  if (PHONE.test(text)) found.push('phone');
  if (EMAIL.test(text)) found.push('email');
  return found;
}
