import { useEffect, useRef } from 'react';
import { navigate } from '../app/navigation.ts';
import { workshopPath } from '../app/routes.ts';
import { useWorkshopUi } from '../state/workshopUi.ts';
import { type FollowState, followTarget } from './followTarget.ts';
import { isFacilitator, type WorkshopContextValue } from './WorkshopContext.ts';

/**
 * While the facilitator presents group after group, participants' screens follow (see
 * `followTarget`). The facilitator's screen drives and never follows.
 */
export function usePresentationFollow(workshop: WorkshopContextValue): void {
  const following = useWorkshopUi((state) => state.following);
  const presenting = workshop.state.settings.presenting;
  const leads = isFacilitator(workshop) || workshop.role === 'viewer';
  const seen = useRef<FollowState | null>(null);
  const { workshopId } = workshop;

  useEffect(() => {
    const current = { presenting, following };
    const target = followTarget(seen.current, current);
    seen.current = current;
    if (!leads && target) navigate(workshopPath(workshopId, target));
  }, [presenting, following, leads, workshopId]);
}
