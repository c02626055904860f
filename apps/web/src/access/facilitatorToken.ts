import type { WorkshopId } from '@avaa/protocol';
import { readTokenClaims } from '@avaa/workshop-client';
import { readStored, writeStored } from '../state/storage.ts';

const key = (workshopId: WorkshopId) => `avaa:facilitator:${workshopId}`;

/**
 * The facilitator's token, kept in localStorage per workshop: a new tab, a bookmark to `/w/<id>`
 * or the next day on the same device open the workshop again (the token never expires, and the
 * facilitator link is the only key to the workshop). The price: anyone using this browser profile
 * later is the facilitator too, so the UI offers "forget this workshop on this device".
 */
export function readFacilitatorToken(workshopId: WorkshopId): string | null {
  const token = readStored('local', key(workshopId));
  const claims = token ? readTokenClaims(token) : null;
  return claims?.workshopId === workshopId && claims.role === 'facilitator' ? token : null;
}

export function storeFacilitatorToken(workshopId: WorkshopId, token: string): void {
  const claims = readTokenClaims(token);
  if (claims?.workshopId === workshopId && claims.role === 'facilitator') writeStored('local', key(workshopId), token);
}

export function forgetFacilitatorToken(workshopId: WorkshopId): void {
  writeStored('local', key(workshopId), null);
}

/** The token in a link's `#token=` fragment, or null. */
export function tokenOfLink(link: string): string | null {
  try {
    return new URLSearchParams(new URL(link).hash.slice(1)).get('token');
  } catch {
    return null;
  }
}

/** The facilitator link rebuilt from its token: the same address the server handed out. */
export function facilitatorLink(workshopId: WorkshopId, token: string): string {
  return `${window.location.origin}/w/${workshopId}#token=${token}`;
}
