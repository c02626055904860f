import type { WorkshopId } from '@avaa/protocol';

/**
 * POST /api/workshops/<id>/rotate with the facilitator's token: a new participant link; the old
 * one stops working at once (server/README.md "Security"). Errors come back as values.
 */
export async function rotateParticipantLink(id: WorkshopId, token: string): Promise<boolean> {
  try {
    const response = await fetch(`/api/workshops/${id}/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    return response.ok;
  } catch {
    return false;
  }
}
