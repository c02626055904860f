import type { Peer, Room } from '../rooms/room.ts';

/** One entry of an awareness update (frameGuard.ts decodes them). */
type PresenceEntry = { readonly id: number; readonly state: string };

/**
 * Presence ids one connection may hold in a room. A stock client holds one (its doc's client id);
 * more would let one socket list thousands of made-up people and make every answer to a
 * presence query (and every newcomer's first message) megabytes long.
 */
export const MAX_PRESENCE_IDS_PER_CONNECTION = 4;
/** One presence state as JSON; the web app's is about 150 bytes. Larger closes with 1009. */
export const MAX_PRESENCE_STATE_BYTES = 2048;
/** Presence states in one room, per connection the room takes: a full room's answer stays small. */
export const PRESENCE_STATES_PER_CONNECTION = 2;
/**
 * All presence states of one room together (JSON): 800 states as the web app writes them. Every
 * change is relayed to every peer, so this bounds what a room's presence costs each 100 ms.
 */
export const PRESENCE_BYTES_PER_ROOM = 128 * 1024;
/** Presence queries (y-websocket's type 3, stock clients never send one) per connection. */
export const PRESENCE_QUERY_BURST = 2;
export const PRESENCE_QUERIES_PER_MINUTE = 6;

/** Whether any state is larger than MAX_PRESENCE_STATE_BYTES. */
export function hasOversizedState(entries: readonly PresenceEntry[]): boolean {
  return entries.some((entry) => Buffer.byteLength(entry.state) > MAX_PRESENCE_STATE_BYTES);
}

/**
 * The entries of a client's own presence the room takes: changes to ids the connection holds,
 * and new ids while it holds fewer than MAX_PRESENCE_IDS_PER_CONNECTION and the room has fewer
 * than `roomCap` states. Removals always pass. The rest is dropped (presence is a last-writer
 * state: nothing else depends on it).
 */
export function withinPresenceBounds<Entry extends PresenceEntry>(
  entries: readonly Entry[],
  room: Room,
  self: Peer,
  roomCap: number,
): Entry[] {
  const states = room.awareness.getStates();
  const sizes = stateSizes(room);
  let held = self.awarenessIds.size;
  let count = states.size;
  return entries.filter((entry) => {
    if (entry.state === 'null') return true;
    const known = self.awarenessIds.has(entry.id) || states.has(entry.id);
    if (!known && (held >= MAX_PRESENCE_IDS_PER_CONNECTION || count >= roomCap)) return false;
    if (!sizes.fits(entry.id, Buffer.byteLength(entry.state))) return false;
    if (!known) {
      held += 1;
      count += 1;
    }
    return true;
  });
}

/** The sizes of a room's presence states as they were let in, summed against the room's budget. */
class StateSizes {
  readonly #room: Room;
  readonly #sizes = new Map<number, number>();
  #total = 0;

  constructor(room: Room) {
    this.#room = room;
  }

  /** Takes the state of `id` at `bytes` if the room stays within PRESENCE_BYTES_PER_ROOM. */
  fits(id: number, bytes: number): boolean {
    const change = bytes - (this.#sizes.get(id) ?? 0);
    if (this.#total + change > PRESENCE_BYTES_PER_ROOM) {
      // States that left (a peer closed, a timeout) still count until this recount.
      this.#recount();
      if (this.#total + bytes - (this.#sizes.get(id) ?? 0) > PRESENCE_BYTES_PER_ROOM) return false;
    }
    this.#total += bytes - (this.#sizes.get(id) ?? 0);
    this.#sizes.set(id, bytes);
    return true;
  }

  #recount(): void {
    const states = this.#room.awareness.getStates();
    for (const [id, bytes] of this.#sizes) {
      if (states.has(id)) continue;
      this.#sizes.delete(id);
      this.#total -= bytes;
    }
  }
}

const roomSizes = new WeakMap<Room, StateSizes>();

function stateSizes(room: Room): StateSizes {
  let sizes = roomSizes.get(room);
  if (!sizes) {
    sizes = new StateSizes(room);
    roomSizes.set(room, sizes);
  }
  return sizes;
}
