import { effectiveRole } from '@avaa/board-model';
import type * as Y from 'yjs';
import type { Capability } from './tokens.ts';

/**
 * The capability rights are decided by, read from the live workshop document on every check: a
 * co-facilitator's personal token acts as the facilitator's while the record says so
 * (board-model modes/coFacilitators.ts), so granting and revoking take effect without a reconnect.
 */
export function effectiveCapability(capability: Capability, workshopDoc: Y.Doc): Capability {
  const role = effectiveRole(capability.role, capability.personId, workshopDoc);
  return role === capability.role ? capability : { ...capability, role };
}
