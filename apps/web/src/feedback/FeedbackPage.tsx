import type { WorkshopId } from '@avaa/protocol';

/** `/w/<id>/feedback`: the read-only page for participants: the table, the agreements and their status. */
export function FeedbackPage(_props: { workshopId: WorkshopId }) {
  return null;
}
