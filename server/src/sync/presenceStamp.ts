import type { PersonId } from '@avaa/board-model';
import { type AwarenessEntry, decodeAwareness, encodeAwarenessEntries } from './frameGuard.ts';

/** Who a connection's token says its holder is, for stamping its presence. */
export type PresenceIdentity = {
  /** The person the token names (from the join API); undefined for the workshop's role links. */
  readonly personId: PersonId | undefined;
  /** The person's name as the workshop document has it now. */
  readonly name: () => string | undefined;
  /**
   * The facilitator's link: its presence is left as sent. The facilitator may rewrite the whole
   * workshop document anyway, and one who joined as a person too says so in `person`.
   */
  readonly facilitator?: boolean;
  /** A read-only link (the projector's): it is nobody, so its presence names nobody. */
  readonly readOnly?: boolean;
};

/**
 * Presence states say who is here (`user.name`, and `person` in the workshop room), and a client
 * may send anything. The server overwrites them with what it knows: for a token naming a person,
 * `person` is that person and `user.name` their name in the workshop document; for any other
 * token but the facilitator's, `person` is null; a read-only token's state loses `user` and
 * `person`. So nobody appears under another person's name or id, and the projector's link cannot
 * make up people. Other fields
 * (colour, which note is being edited) are the client's own business. Returns the update as is
 * when nothing changes.
 */
export function stampPresence(update: Uint8Array, identity: PresenceIdentity): Uint8Array {
  const entries = decodeAwareness(update);
  let changed = false;
  const stamped = entries.map((entry): AwarenessEntry => {
    const state = stampState(entry.state, identity);
    if (state === entry.state) return entry;
    changed = true;
    return { ...entry, state };
  });
  return changed ? encodeAwarenessEntries(stamped) : update;
}

/** One state as JSON text; `null` (leaving) and anything but an object stay as they are. */
function stampState(json: string, identity: PresenceIdentity): string {
  const state = identity.facilitator ? undefined : parseObject(json);
  if (!state) return json;
  if (identity.readOnly) return anonymous(json, state);
  const { personId } = identity;
  if (personId === undefined) {
    if (state.person === undefined || state.person === null) return json;
    return JSON.stringify({ ...state, person: null });
  }
  const name = identity.name();
  const user = state.user;
  const renamed = typeof user === 'object' && user !== null && !Array.isArray(user) && name !== undefined;
  // A client that already says who it is (the web app's always does) is passed on as sent.
  if (state.person === personId && (!renamed || (user as { name?: unknown }).name === name)) return json;
  const stampedUser = renamed ? { ...user, name } : user;
  return JSON.stringify({ ...state, person: personId, ...(stampedUser === undefined ? {} : { user: stampedUser }) });
}

/** Without `user` and `person`: the web app lists only states with a name. */
function anonymous(json: string, state: Record<string, unknown>): string {
  if (!('user' in state) && !('person' in state)) return json;
  const rest = { ...state };
  delete rest.user;
  delete rest.person;
  return JSON.stringify(rest);
}

function parseObject(json: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
