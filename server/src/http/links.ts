import { ROLES, type Role, type WorkshopId } from '@avaa/protocol';
import { signToken } from '../auth/tokens.ts';
import { SYNC_PATH } from '../sync/syncEndpoint.ts';
import { webSocketOrigin } from './origin.ts';

/**
 * The workshop's own tokens, one per role (no person: these are the links the facilitator
 * shares). The participant's carries the participant link's current generation (it rotates, see
 * auth/revocation.ts); none of them expires: the facilitator's link is the only key to the workshop.
 */
export function roleTokens(secret: Uint8Array, workshopId: WorkshopId, generation = 0): Record<Role, string> {
  return Object.fromEntries(
    ROLES.map((role) => [role, signToken(secret, { workshopId, role, ...participantGeneration(role, generation) })]),
  ) as Record<Role, string>;
}

/** The generic participant token of the link's current generation. */
export function participantToken(secret: Uint8Array, workshopId: WorkshopId, generation: number): string {
  return signToken(secret, { workshopId, role: 'participant', ...participantGeneration('participant', generation) });
}

function participantGeneration(role: Role, generation: number): { generation?: number } {
  return role === 'participant' && generation > 0 ? { generation } : {};
}

/**
 * A page link with its token. The token goes in the fragment, which browsers never send to
 * servers or in Referer headers, so it stays out of logs.
 */
export function pageLink(
  origin: string,
  workshopId: WorkshopId,
  token: string,
  page: '' | '/projector' | '/feedback' = '',
): string {
  return `${origin}/w/${workshopId}${page}#token=${token}`;
}

export function workshopLinks(origin: string, workshopId: WorkshopId, tokens: Record<Role, string>) {
  return {
    facilitator: pageLink(origin, workshopId, tokens.facilitator),
    participant: pageLink(origin, workshopId, tokens.participant),
    projector: pageLink(origin, workshopId, tokens.viewer, '/projector'),
    // Read-only: what was agreed and its status, for participants after the day.
    feedback: pageLink(origin, workshopId, tokens.viewer, '/feedback'),
  };
}

/** Where stock y-websocket clients connect: `wss://host/sync`. */
export function syncUrl(origin: string): string {
  return `${webSocketOrigin(origin)}${SYNC_PATH}`;
}
