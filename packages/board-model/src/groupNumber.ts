/**
 * Breakout groups are numbered 1..MAX_GROUPS. Their boards are rooms `<workshop>/group/<n>`
 * (the same limit as MAX_GROUP_NUMBER in @avaa/protocol); the limit keeps room names and the
 * overview bounded.
 */
export const MAX_GROUPS = 30;

export function isGroupNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_GROUPS;
}
