import { isNoteId, isPathId, isPersonId, type NoteId, type PathId, type PersonId } from '@avaa/board-model';
import type { Awareness } from 'y-protocols/awareness';

/**
 * Presence is awareness state: synced to everyone in the room, never stored. It says who is
 * here, which note each person is editing and which service path they are drawing; nothing in it
 * belongs on the board.
 */
export type PresenceUser = { readonly name: string; readonly colour: string };
/** `person`: the workshop person this is, once they joined (the workshop room's "who is here"). */
export type PresenceState = {
  readonly user: PresenceUser;
  readonly editing: NoteId | null;
  readonly person?: PersonId | null;
  /** The service path whose steps this person is picking on the table. */
  readonly drawing?: PathId | null;
};
export type Peer = PresenceState & { readonly clientId: number };

export const MAX_PRESENCE_NAME_LENGTH = 40;
const COLOUR_PATTERN = /^#[0-9a-f]{6}$/i;

/**
 * Everyone else in the room with a well-formed state, in a stable order. Other clients may send
 * anything, so states are validated and names trimmed to a sane length.
 */
export function readPeers(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return;
    const peer = toPresence(state);
    if (peer) peers.push({ ...peer, clientId });
  });
  return peers.sort((a, b) => a.clientId - b.clientId);
}

function toPresence(state: unknown): PresenceState | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { user, editing, person, drawing } = state as Record<string, unknown>;
  if (typeof user !== 'object' || user === null) return undefined;
  const { name, colour } = user as Record<string, unknown>;
  if (typeof name !== 'string' || typeof colour !== 'string' || !COLOUR_PATTERN.test(colour)) return undefined;
  const trimmed = name.trim().slice(0, MAX_PRESENCE_NAME_LENGTH);
  if (trimmed.length === 0) return undefined;
  return {
    user: { name: trimmed, colour },
    editing: isNoteId(editing) ? editing : null,
    person: isPersonId(person) ? person : null,
    drawing: isPathId(drawing) ? drawing : null,
  };
}

export type PresenceWriter = {
  /** Merge a change into the local state; sent at most once per `intervalMs`. */
  update(change: Partial<PresenceState>): void;
  /** Leave the room's presence list (the projector is not a person). */
  hide(): void;
  destroy(): void;
};

/**
 * Writes the local presence, coalescing bursts: the first change goes out at once (so "editing"
 * shows immediately), later ones within the interval are merged and sent when it ends.
 */
export function createPresenceWriter(awareness: Awareness, initial: PresenceState, intervalMs = 150): PresenceWriter {
  let pending: PresenceState = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = 0;
  awareness.setLocalState({ ...initial });
  lastSent = Date.now();

  const send = () => {
    timer = undefined;
    lastSent = Date.now();
    awareness.setLocalState({ ...pending });
  };

  return {
    update(change) {
      pending = { ...pending, ...change };
      if (timer !== undefined) return;
      const wait = lastSent + intervalMs - Date.now();
      if (wait <= 0) send();
      else timer = setTimeout(send, wait);
    },
    hide() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      awareness.setLocalState(null);
    },
    destroy() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
