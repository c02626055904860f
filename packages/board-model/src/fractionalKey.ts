import type { RandomSource } from './ids.ts';

/**
 * Fractional keys order notes inside a cell: a key is a base-62 fraction (digits in ASCII order),
 * so a key strictly between any two keys always exists and a move rewrites only the moved note.
 * Keys never end in '0' (else no key would fit just below them).
 *
 * Two peers inserting at the same spot concurrently would compute the same midpoint; a random
 * tail makes that unlikely, and readers break remaining ties by note id, so the order inside a
 * cell is always strict.
 */
export const KEY_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const KEY_PATTERN = /^[0-9A-Za-z]*[1-9A-Za-z]$/;
const MAX_KEY_LENGTH = 256;

export function isFractionalKey(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_KEY_LENGTH && KEY_PATTERN.test(value);
}

/** A key strictly between `low` and `high` (null: the open ends). Throws if low >= high. */
export function keyBetween(low: string | null, high: string | null, random?: RandomSource): string {
  if (low !== null && high !== null && low >= high) {
    throw new RangeError(`keyBetween: ${low} >= ${high}`);
  }
  const middle = midpoint(low ?? '', high);
  if (!random || high?.startsWith(middle)) return middle;
  // Safe: middle < high and middle is no prefix of high, so any tail keeps it below high.
  return middle + digit(random) + digit(random, 1);
}

/** `count` evenly spread short keys in increasing order, for re-keying a whole cell. */
export function spreadKeys(count: number): string[] {
  const base = KEY_DIGITS.length;
  let width = 1;
  while (base ** width < 2 * (count + 1)) width++;
  const step = base ** width / (count + 1);
  const keys: string[] = [];
  for (let i = 1; i <= count; i++) {
    let value = Math.round(i * step);
    let key = '';
    for (let d = 0; d < width; d++) {
      key = KEY_DIGITS[value % base] + key;
      value = Math.floor(value / base);
    }
    keys.push(key.replace(/0+$/, ''));
  }
  return keys;
}

function digit(random: RandomSource, min = 0): string {
  const range = KEY_DIGITS.length - min;
  return KEY_DIGITS[min + Math.floor(random() * range)] as string;
}

function digitValue(key: string, index: number, fallback: number): number {
  const char = key[index];
  return char === undefined ? fallback : KEY_DIGITS.indexOf(char);
}

function midpoint(low: string, high: string | null): string {
  if (high !== null) {
    let common = 0;
    while ((low[common] ?? '0') === high[common]) common++;
    if (common > 0) return high.slice(0, common) + midpoint(low.slice(common), high.slice(common));
  }
  const lowDigit = digitValue(low, 0, 0);
  const highDigit = high === null ? KEY_DIGITS.length : digitValue(high, 0, KEY_DIGITS.length);
  if (highDigit - lowDigit > 1) return KEY_DIGITS[Math.round((lowDigit + highDigit) / 2)] as string;
  if (high !== null && high.length > 1) return high.slice(0, 1);
  return (KEY_DIGITS[lowDigit] as string) + midpoint(low.slice(1), null);
}
