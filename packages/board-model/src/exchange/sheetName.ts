/** What a sheet's name may not hold (Excel refuses the file otherwise), and its length. */
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001F\u007F]/g;
export const MAX_SHEET_NAME_LENGTH = 31;

/**
 * A name Excel takes for a sheet, unique among `taken` (which it joins): the forbidden
 * characters become spaces, no apostrophe at either end, at most 31 characters (never cut inside
 * a surrogate pair), and a repeated name gets ` (2)`, ` (3)`… (Excel compares names ignoring case).
 */
export function sheetName(name: string, taken: Set<string>): string {
  const clean =
    name
      .replace(FORBIDDEN, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim() || '-';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = `${cut(clean, MAX_SHEET_NAME_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLocaleLowerCase())) {
      taken.add(candidate.toLocaleLowerCase());
      return candidate;
    }
  }
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const part = text.slice(0, max);
  return (/[\uD800-\uDBFF]$/.test(part) ? part.slice(0, -1) : part).trimEnd();
}
