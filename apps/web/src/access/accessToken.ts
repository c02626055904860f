import type { WorkshopId } from '@avaa/protocol';
import { readTokenClaims, type TokenClaims } from '@avaa/workshop-client';
import { readStored, writeStored } from '../state/storage.ts';

/** Which page a token is kept for: each read-only screen keeps its own. */
export type View = 'board' | 'projector' | 'feedback';

export type Access =
  | { readonly ok: true; readonly token: string; readonly claims: TokenClaims }
  | { readonly ok: false; readonly problem: 'missing' | 'invalid' };

/**
 * The access token arrives in the URL fragment (`#token=...`, never sent to the server in
 * requests or logs). It is moved to sessionStorage and wiped from the address bar at once, so
 * it cannot be read off a projected screen or a shared browser history.
 */
export function takeAccess(workshopId: WorkshopId, view: View): Access {
  const key = linkKey(workshopId, view);
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    writeStored('session', key, fromHash);
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
  const token = fromHash ?? readStored('session', key);
  return accessOf(token, workshopId);
}

/** The link token this tab came with, without taking a new one from the address. */
export function readLinkToken(workshopId: WorkshopId, view: View): string | null {
  return readStored('session', linkKey(workshopId, view));
}

/** This tab forgets the link it came with. */
export function forgetLinkToken(workshopId: WorkshopId, view: View): void {
  writeStored('session', linkKey(workshopId, view), null);
}

const linkKey = (workshopId: WorkshopId, view: View) => `avaa:token:${workshopId}:${view}`;

export function accessOf(token: string | null, workshopId: WorkshopId): Access {
  if (!token) return { ok: false, problem: 'missing' };
  const claims = readTokenClaims(token);
  if (!claims || claims.workshopId !== workshopId) return { ok: false, problem: 'invalid' };
  return { ok: true, token, claims };
}
