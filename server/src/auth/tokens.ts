import { createHmac, timingSafeEqual } from 'node:crypto';
import { isPersonId, type PersonId } from '@avaa/board-model';
import { isRole, isWorkshopId, type Role, type WorkshopId } from '@avaa/protocol';

/**
 * Signed capabilities: `v1.<base64url JSON {w, r, p?, g?, e?}>.<base64url HMAC-SHA256>`. A token
 * is the whole authorisation: holding it grants the role in that workshop. `p` names the person
 * who joined with it (POST /api/workshops/<id>/join); group boards are writable by their members
 * only, and a removed person's token is refused. `g` is the participant link's generation: the
 * facilitator rotating the link makes older generic participant tokens invalid (auth/revocation.ts).
 * `e` is an expiry (ms since the epoch): verifyToken refuses the token after it. Nothing is stored
 * per token, so links survive restarts while the secret stays.
 */
export type Capability = {
  readonly workshopId: WorkshopId;
  readonly role: Role;
  readonly personId?: PersonId;
  /** The participant link's generation it was issued for (absent: 0). */
  readonly generation?: number;
  /** Refused from this time on (ms since the epoch); absent: never expires. */
  readonly expiresAt?: number;
};

const VERSION = 'v1';
// Bounds the work an attacker can make us do with one header or query parameter.
const MAX_TOKEN_LENGTH = 512;

export function signToken(secret: Uint8Array, capability: Capability): string {
  const { workshopId: w, role: r, personId: p, generation: g, expiresAt: e } = capability;
  // Claims left out when absent: a plain link's payload stays exactly what older servers signed.
  const claims = { w, r, ...(p === undefined ? {} : { p }), ...(g ? { g } : {}), ...(e === undefined ? {} : { e }) };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${VERSION}.${payload}.${mac(secret, payload)}`;
}

/** The capability a token grants, or undefined for anything malformed, wrongly signed or expired. */
export function verifyToken(secret: Uint8Array, token: unknown, now = Date.now()): Capability | undefined {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return undefined;
  const [version, payload, signature, ...rest] = token.split('.');
  if (version !== VERSION || payload === undefined || signature === undefined || rest.length > 0) return undefined;
  const expected = Buffer.from(mac(secret, payload), 'base64url');
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const capability = parsePayload(payload);
  return capability?.expiresAt !== undefined && capability.expiresAt <= now ? undefined : capability;
}

function mac(secret: Uint8Array, payload: string): string {
  return createHmac('sha256', secret).update(`${VERSION}.${payload}`).digest('base64url');
}

function parsePayload(payload: string): Capability | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { w, r, p, g, e } = parsed as Record<string, unknown>;
    if (!isWorkshopId(w) || !isRole(r)) return undefined;
    if (p !== undefined && !isPersonId(p)) return undefined;
    if (g !== undefined && !isCount(g)) return undefined;
    if (e !== undefined && !isCount(e)) return undefined;
    return {
      workshopId: w,
      role: r,
      ...(p === undefined ? {} : { personId: p as PersonId }),
      ...(g === undefined ? {} : { generation: g }),
      ...(e === undefined ? {} : { expiresAt: e }),
    };
  } catch {
    return undefined;
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
