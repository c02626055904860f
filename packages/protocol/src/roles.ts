/** What a token lets its holder do in one workshop. */
export const ROLES = ['facilitator', 'participant', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Viewers (the projector, later read-only observers) may read but never change a board. */
export function canWrite(role: Role): boolean {
  return role !== 'viewer';
}
