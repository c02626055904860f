import { createHmac } from 'node:crypto';
import type { Capability } from './tokens.ts';

/**
 * Who writes, as the client-id registry (sync/clientOwners.ts) and presence ownership know it: a
 * person for a token naming one (every device of that person is the same owner), otherwise the
 * token itself (a role link: everyone holding it is one owner). Stored in the document, so it is
 * an HMAC under the server's secret: it tells owners apart without telling anyone who they are
 * or what the token is. The same on every node and after restarts (the secret is shared and kept).
 */
export function ownerKey(secret: Uint8Array, capability: Capability, token: string): string {
  const who = capability.personId === undefined ? `token:${token}` : `person:${capability.personId}`;
  return createHmac('sha256', secret)
    .update(`avaa-owner\0${capability.workshopId}\0${who}`)
    .digest('base64url')
    .slice(0, 22);
}
