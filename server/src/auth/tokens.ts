import { createHmac, timingSafeEqual } from 'node:crypto';
import { isRole, isWorkshopId, type Role, type WorkshopId } from '@avaa/protocol';

/**
 * Signed capabilities: `v1.<base64url JSON {w, r}>.<base64url HMAC-SHA256>`. A token is the
 * whole authorisation: holding it grants the role in that workshop. Nothing is stored per token,
 * so links keep working across restarts as long as the secret stays the same.
 */
export type Capability = { readonly workshopId: WorkshopId; readonly role: Role };

const VERSION = 'v1';
// Bounds the work an attacker can make us do with one header or query parameter.
const MAX_TOKEN_LENGTH = 512;

export function signToken(secret: Uint8Array, capability: Capability): string {
  const payload = Buffer.from(JSON.stringify({ w: capability.workshopId, r: capability.role })).toString('base64url');
  return `${VERSION}.${payload}.${mac(secret, payload)}`;
}

/** The capability a token grants, or undefined for anything malformed or wrongly signed. */
export function verifyToken(secret: Uint8Array, token: unknown): Capability | undefined {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return undefined;
  const [version, payload, signature, ...rest] = token.split('.');
  if (version !== VERSION || payload === undefined || signature === undefined || rest.length > 0) return undefined;
  const expected = Buffer.from(mac(secret, payload), 'base64url');
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return parsePayload(payload);
}

function mac(secret: Uint8Array, payload: string): string {
  return createHmac('sha256', secret).update(`${VERSION}.${payload}`).digest('base64url');
}

function parsePayload(payload: string): Capability | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { w, r } = parsed as Record<string, unknown>;
    return isWorkshopId(w) && isRole(r) ? { workshopId: w, role: r } : undefined;
  } catch {
    return undefined;
  }
}
