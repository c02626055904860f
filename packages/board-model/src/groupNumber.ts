import { MAX_GROUP_NUMBER } from '@avaa/protocol';

/**
 * Breakout groups are numbered 1..MAX_GROUPS. Their boards are rooms `<workshop>/group/<n>`, so
 * the limit is the room names' (@avaa/protocol); it keeps room names and the overview bounded.
 */
export const MAX_GROUPS = MAX_GROUP_NUMBER;

export function isGroupNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_GROUPS;
}
