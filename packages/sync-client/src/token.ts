import { isPersonId, type PersonId } from '@avaa/board-model';
import { isRole, isWorkshopId, type Role, type WorkshopId } from '@avaa/protocol';

/**
 * `personId` is set in a personal token, the one a participant gets by joining: the server
 * lets that person write their own group's board.
 */
export type TokenClaims = { readonly workshopId: WorkshopId; readonly role: Role; readonly personId?: PersonId };

/**
 * Reads the claims of a `v1.<base64url JSON>.<signature>` token without checking the signature:
 * the server enforces the role, the client only adapts its UI (a viewer gets no edit controls).
 * Returns undefined for anything that is not a well-formed token.
 */
export function readTokenClaims(token: string): TokenClaims | undefined {
  const [version, payload, signature, ...rest] = token.split('.');
  if (version !== 'v1' || !payload || !signature || rest.length > 0) return undefined;
  try {
    const claims: unknown = JSON.parse(decodeBase64Url(payload));
    if (typeof claims !== 'object' || claims === null) return undefined;
    const { w, r, p } = claims as Record<string, unknown>;
    if (!isWorkshopId(w) || !isRole(r)) return undefined;
    if (p === undefined || p === null) return { workshopId: w, role: r };
    return isPersonId(p) ? { workshopId: w, role: r, personId: p } : undefined;
  } catch {
    return undefined;
  }
}

function decodeBase64Url(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}
