import type { WorkshopId } from '@avaa/protocol';
import { forgetMembership } from '../access/personalToken.ts';

/**
 * After the workshop was deleted on the server: this browser forgets it too, the membership
 * (a name and a token) and its offline copies of the boards (y-indexeddb, `avaa:<id>/...`).
 * Best effort: a copy still open in another tab is deleted once that tab lets go of it.
 */
export async function forgetWorkshopLocally(workshopId: WorkshopId): Promise<void> {
  forgetMembership(workshopId);
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const databases = await indexedDB.databases().catch(() => []);
  for (const { name } of databases) {
    if (name?.startsWith(`avaa:${workshopId}/`)) indexedDB.deleteDatabase(name);
  }
}
