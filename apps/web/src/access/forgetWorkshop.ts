import type { WorkshopId } from '@avaa/protocol';
import { forgetOfflineCopies } from '@avaa/workshop-client';
import { forgetLinkToken } from './accessToken.ts';
import { forgetWorkshopEntry } from './deviceWorkshops.ts';
import { forgetFacilitatorToken } from './facilitatorToken.ts';
import { forgetMembership } from './personalToken.ts';

/**
 * This browser forgets a workshop: its keys (the facilitator's token, the membership with its
 * token, this tab's link), its place in the start page's list and its offline copies of the
 * boards (y-indexeddb, `avaa:<id>/...`). After the workshop was deleted, or on a shared computer
 * when the day is done. Best effort: a copy still open in another tab is deleted once that tab
 * lets go of it.
 */
export async function forgetWorkshopLocally(workshopId: WorkshopId): Promise<void> {
  forgetFacilitatorToken(workshopId);
  forgetMembership(workshopId);
  forgetWorkshopEntry(workshopId);
  forgetLinkToken(workshopId, 'board');
  await forgetOfflineCopies(workshopId);
}
