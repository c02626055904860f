import { effectiveRole } from '@avaa/board-model';
import type { Capability } from '../auth/tokens.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import type { WorkshopRecord } from '../storage/types.ts';
import type { ApiContext } from './context.ts';

/**
 * Whether a token has the facilitator's rights right now: the facilitator's own, or a
 * co-facilitator's personal token while the live workshop document names them one (board-model
 * modes/coFacilitators.ts). `own` asks for the facilitator's own token only: appointing
 * co-facilitators and minting facilitator links stay with the facilitator.
 */
export async function hasFacilitatorRights(
  ctx: ApiContext,
  workshop: WorkshopRecord,
  capability: Capability,
  own = false,
): Promise<boolean> {
  if (capability.role === 'facilitator') return true;
  if (own || capability.role !== 'participant' || capability.personId === undefined) return false;
  const role = await withWorkshopRoom(ctx.rooms, workshop, (room) =>
    effectiveRole(capability.role, capability.personId, room.doc),
  );
  return role === 'facilitator';
}
