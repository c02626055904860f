import type { WorkshopView } from '../app/routes.ts';

/** The workshop's current stage for everyone; the facilitator moves between stages here. */
export function StageBar(_props: { view: WorkshopView }) {
  return null;
}
