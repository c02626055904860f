import type { CloseCodeName } from '@avaa/protocol';
import { createStore, type Store } from './reading.ts';

/**
 * What the user should know about the link to the server:
 * - `connecting`: the first connection has not synced yet (the board may show cached data);
 * - `live`: synced; edits reach others within moments;
 * - `offline`: lost or not yet regained; edits stay local and are sent on reconnect. `reason`
 *   names the server's close code when it sent one (a restart, a too-big message);
 * - `closed`: the server refused us for good (bad token, no such workshop); no more retries.
 */
export type ConnectionStatus =
  | { readonly state: 'connecting' }
  | { readonly state: 'live' }
  | { readonly state: 'offline'; readonly reason?: CloseCodeName }
  | { readonly state: 'closed'; readonly reason: CloseCodeName | 'unknown'; readonly code: number };

export type ConnectionState = ConnectionStatus['state'];

/** The connection status as a store, set only by the connection. */
export function createStatusStore(initial: ConnectionStatus): Store<ConnectionStatus> {
  return createStore(initial, sameStatus);
}

function sameStatus(a: ConnectionStatus, b: ConnectionStatus): boolean {
  if (a.state !== b.state) return false;
  if (a.state === 'offline' && b.state === 'offline') return a.reason === b.reason;
  if (a.state === 'closed' && b.state === 'closed') return a.code === b.code;
  return true;
}
