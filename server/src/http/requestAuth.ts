import type { IncomingMessage } from 'node:http';
import type { WorkshopId } from '@avaa/protocol';
import { type Capability, verifyToken } from '../auth/tokens.ts';

/** The token of a request: `Authorization: Bearer <token>`, else the `token` query parameter. */
export function requestToken(req: IncomingMessage): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  return bearer ?? new URL(req.url ?? '/', 'http://api.invalid').searchParams.get('token');
}

/** What the request's token grants in workshop `id`; undefined for no, a bad or another workshop's token. */
export function authorize(secret: Uint8Array, req: IncomingMessage, id: string): Capability | undefined {
  const capability = verifyToken(secret, requestToken(req));
  return capability && capability.workshopId === (id as WorkshopId) ? capability : undefined;
}
