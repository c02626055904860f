import type { WorkshopView } from '../app/routes.ts';

export type FollowState = { readonly presenting: number | null; readonly following: boolean };

/**
 * Where a following screen goes when the presentation state changes, or null to stay: to the
 * presenting group's board, back to the common table when the round stops. Only a change (or
 * turning following back on) moves a screen, so someone who looks elsewhere meanwhile is not
 * pulled back until the next group.
 */
export function followTarget(previous: FollowState | null, current: FollowState): WorkshopView | null {
  if (!current.following) return null;
  const changed =
    previous === null ? current.presenting !== null : previous.presenting !== current.presenting || !previous.following;
  if (!changed) return null;
  return current.presenting === null ? { kind: 'plenary' } : { kind: 'group', group: current.presenting };
}
