import type { PersonId } from '@avaa/board-model';
import type { Role, WorkshopId } from '@avaa/protocol';
import { type Access, accessOf, takeAccess } from './accessToken.ts';
import { readFacilitatorToken, storeFacilitatorToken } from './facilitatorToken.ts';
import { type Membership, readMembership } from './personalToken.ts';

/**
 * What this device may do in a workshop, from the link it came with and who it joined as:
 * - `ready`: connect with `token`;
 * - `join`: a participant link without a person yet: ask for a name and role first;
 * - `problem`: no usable link at all.
 */
export type WorkshopAccess =
  | {
      readonly kind: 'ready';
      readonly token: string;
      readonly role: Role;
      readonly personId: PersonId | null;
      readonly membership: Membership | null;
      /** The link's own token, to join (again) with. */
      readonly linkToken: string | null;
    }
  | { readonly kind: 'join'; readonly linkToken: string }
  | { readonly kind: 'problem'; readonly problem: 'missing' | 'invalid' };

/**
 * A facilitator's link always wins (a facilitator may also have joined as a person), and is kept
 * on the device, so the workshop opens again without it (`/w/<id>`, a new tab, the next day)
 * until a link of another role is opened in this tab; a personal token is used whenever this
 * device has joined; a participant link without one asks to join. The projector's viewer link
 * never joins.
 */
export function resolveWorkshopAccess(workshopId: WorkshopId): WorkshopAccess {
  const link: Access = takeAccess(workshopId, 'board');
  const membership = readMembership(workshopId);
  const linkToken = link.ok ? link.token : null;
  if (link.ok && link.claims.role === 'facilitator') {
    storeFacilitatorToken(workshopId, link.token);
    return ready(link.token, 'facilitator', membership?.person.id ?? null, membership, linkToken);
  }
  const kept = link.ok ? null : readFacilitatorToken(workshopId);
  if (kept) return ready(kept, 'facilitator', membership?.person.id ?? null, membership, kept);
  if (link.ok && link.claims.personId) {
    return ready(link.token, link.claims.role, link.claims.personId, null, linkToken);
  }
  if (link.ok && link.claims.role === 'viewer') return ready(link.token, 'viewer', null, null, linkToken);
  if (membership) {
    const personal = accessOf(membership.token, workshopId);
    if (personal.ok) return ready(membership.token, personal.claims.role, membership.person.id, membership, linkToken);
  }
  if (link.ok) return { kind: 'join', linkToken: link.token };
  return { kind: 'problem', problem: link.problem };
}

function ready(
  token: string,
  role: Role,
  personId: PersonId | null,
  membership: Membership | null,
  linkToken: string | null,
): WorkshopAccess {
  return { kind: 'ready', token, role, personId, membership, linkToken };
}
