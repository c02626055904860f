import type * as Y from 'yjs';
import { CLIENT_OWNERS_ROOT } from '../auth/serverOwned.ts';

/** Origin of the server's registrations: relayed to every peer and stored like any change. */
export const REGISTRATION = Symbol('client ids registered');

/**
 * The client-id registry: which owner (auth/owner.ts) each Yjs client id of this document belongs
 * to, kept in the document itself under a root only the server writes (auth/serverOwned.ts). So
 * it is stored, compacted, reloaded and carried to other nodes with the changes it guards, and
 * lasts as long as the document: across reconnects, unloads and restarts.
 */
function registry(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CLIENT_OWNERS_ROOT);
}

/** The owner a client id is registered to, if any. */
export function registeredOwner(doc: Y.Doc, client: number): string | undefined {
  const owner = registry(doc).get(String(client));
  return typeof owner === 'string' ? owner : undefined;
}

/** Registers unregistered `clients` to `owner`, in one server change. */
export function registerClients(doc: Y.Doc, clients: readonly number[], owner: string): void {
  const map = registry(doc);
  doc.transact(() => {
    for (const client of clients) if (!map.has(String(client))) map.set(String(client), owner);
  }, REGISTRATION);
}
