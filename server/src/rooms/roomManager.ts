import { CloseCode } from '@avaa/protocol';
import { errorFields, type Logger, withFields } from '../log.ts';
import { type Storage, workshopOfRoom } from '../storage/types.ts';
import { type Peer, Room } from './room.ts';
import type { RoomLink } from './roomLink.ts';

export type RoomManagerOptions = {
  readonly storage: Storage;
  readonly logger: Logger;
  readonly compactThreshold: number;
  readonly unloadGraceMs: number;
  /** How long deleted notes keep their text, and how often loaded boards are swept (config.ts). */
  readonly deletedNoteGraceMs: number;
  readonly deletedNoteSweepMs: number;
  /** The server's clock. */
  readonly now: () => number;
  /** The other nodes, when there are several (cluster/); undefined on a single node. */
  readonly link?: RoomLink | undefined;
};

/**
 * Loads a room on first join and unloads it (stored, compacted, freed) a grace period after its
 * last peer left. One instance per server: no module-level state, so tests can run several.
 */
export class RoomManager {
  readonly #options: RoomManagerOptions;
  readonly #rooms = new Map<string, Room>();
  readonly #loads = new Map<Room, Promise<void>>();
  /** Rooms being written out; a room of the same name loads only after that finished. */
  readonly #unloading = new Map<string, Promise<void>>();
  readonly #timers = new Map<string, NodeJS.Timeout>();
  /** Workshops deleted while this server runs: a join still in flight must not seed them anew. */
  readonly #deleted = new Set<string>();
  #closing = false;
  /** Erases deleted notes past their grace on the rooms kept loaded (an open projector) and stored. */
  readonly #erasureSweep: NodeJS.Timeout;
  /** The sweep of stored rooms under way. */
  #storedSweep: Promise<void> | undefined;

  constructor(options: RoomManagerOptions) {
    this.#options = options;
    // unref: the sweep never keeps the process alive.
    this.#erasureSweep = setInterval(() => this.sweepErasures(), options.deletedNoteSweepMs).unref();
  }

  /**
   * The erasure sweep (hourly, and at start): the loaded rooms erase what is past the grace, and
   * every stored room whose erasure is due (storage `roomsDueForErasure`, rooms/erasureDue.ts) and
   * not loaded here is loaded, which erases, and unloaded at once, which compacts and purges:
   * a room nobody opens again keeps a deleted note's text no longer than one kept open.
   */
  sweepErasures(): void {
    for (const room of this.#rooms.values()) room.eraseExpiredNotes();
    this.#storedSweep ??= this.#eraseStoredRooms()
      .catch((error: unknown) => this.#options.logger('error', 'erasure-sweep-failed', errorFields(error)))
      .finally(() => {
        this.#storedSweep = undefined;
      });
  }

  async #eraseStoredRooms(): Promise<void> {
    const due = await this.#options.storage.roomsDueForErasure(this.#options.now());
    for (const name of due) {
      if (this.#closing) return;
      if (this.#rooms.has(name) || this.#deleted.has(workshopOfRoom(name))) continue;
      const room = this.#open(name, undefined);
      // A failed load is logged and forgotten (#open); the due time stays for the next sweep.
      await this.#loads.get(room)?.catch(() => {});
      await this.#unload(room);
    }
    if (due.length > 0) this.#options.logger('info', 'erasure-sweep', { rooms: due.length });
  }

  get loadedRooms(): number {
    return this.#rooms.size;
  }

  /** Names of the rooms loaded or loading now. */
  roomNames(): IterableIterator<string> {
    return this.#rooms.keys();
  }

  /** The rooms loaded or loading now. */
  loaded(): IterableIterator<Room> {
    return this.#rooms.values();
  }

  /**
   * Adds the peer to the room, loading it if needed. Resolves when the room has its stored
   * state; rejects if loading failed (the peer has then been closed with 1011). `seed` is used
   * if this join loads the room and storage has nothing for it.
   */
  join(name: string, peer: Peer, seed?: () => Uint8Array): Promise<Room> {
    if (this.#deleted.has(workshopOfRoom(name))) {
      peer.close(CloseCode.workshopNotFound, 'workshop deleted');
      return Promise.reject(new Error('the workshop was deleted'));
    }
    const room = this.#rooms.get(name) ?? this.#open(name, seed);
    clearTimeout(this.#timers.get(name));
    this.#timers.delete(name);
    room.addPeer(peer);
    const loaded = this.#loads.get(room) ?? Promise.resolve();
    return loaded.then(() => room);
  }

  leave(room: Room, peer: Peer): void {
    room.removePeer(peer);
    if (room.peers.size > 0 || this.#closing || this.#rooms.get(room.name) !== room) return;
    clearTimeout(this.#timers.get(room.name));
    const timer = setTimeout(() => void this.#unload(room), this.#options.unloadGraceMs);
    this.#timers.set(room.name, timer);
  }

  /**
   * Drops a workshop's rooms without storing them (it is being deleted): every socket in them
   * closes with 4404, and loads, writes and unloads under way end first, so that once this
   * resolves nothing more of the workshop reaches storage from this node.
   */
  async discardWorkshop(workshopId: string): Promise<void> {
    this.#deleted.add(workshopId);
    const ours = (name: string) => workshopOfRoom(name) === workshopId;
    const rooms = [...this.#rooms.values()].filter((room) => ours(room.name));
    const loads = rooms.map((room) => this.#loads.get(room)?.catch(() => {}));
    const unloads = [...this.#unloading].filter(([name]) => ours(name)).map(([, done]) => done);
    for (const room of rooms) this.#forget(room);
    const discarded = rooms.map((room) => room.discard(CloseCode.workshopNotFound, 'workshop deleted'));
    await Promise.all([...discarded, ...loads, ...unloads]);
  }

  /** Stops unload timers and writes out every room now (graceful shutdown). */
  async closeAll(): Promise<void> {
    this.#closing = true;
    clearInterval(this.#erasureSweep);
    await this.#storedSweep;
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    await Promise.all([...this.#rooms.values()].map((room) => this.#unload(room)));
    await Promise.all(this.#unloading.values());
  }

  #open(name: string, seed: (() => Uint8Array) | undefined): Room {
    const { storage, compactThreshold, deletedNoteGraceMs, now, link } = this.#options;
    // Every line of the room (and of its log and erasure) names its workshop.
    const logger = withFields(this.#options.logger, { workshop: workshopOfRoom(name) });
    const onFailure = (failed: Room) => this.#forget(failed);
    const options = { name, storage, logger, compactThreshold, deletedNoteGraceMs, now, seed, onFailure, link };
    const room = new Room(options);
    this.#rooms.set(name, room);
    const previous = this.#unloading.get(name) ?? Promise.resolve();
    const load = previous.then(() => room.load());
    this.#loads.set(
      room,
      load.then(
        () => {
          this.#loads.delete(room);
        },
        (error: unknown) => {
          logger('error', 'room-load-failed', { room: name, ...errorFields(error) });
          room.fail(error);
          throw error;
        },
      ),
    );
    return room;
  }

  #forget(room: Room): void {
    this.#options.link?.close(room);
    this.#loads.delete(room);
    if (this.#rooms.get(room.name) === room) this.#rooms.delete(room.name);
    clearTimeout(this.#timers.get(room.name));
    this.#timers.delete(room.name);
  }

  async #unload(room: Room): Promise<void> {
    if (this.#rooms.get(room.name) !== room) return;
    if (room.peers.size > 0 && !this.#closing) return;
    this.#forget(room);
    const done = room.unload().catch((error: unknown) => {
      const workshop = workshopOfRoom(room.name);
      this.#options.logger('error', 'room-unload-failed', { room: room.name, workshop, ...errorFields(error) });
    });
    this.#unloading.set(room.name, done);
    await done;
    if (this.#unloading.get(room.name) === done) this.#unloading.delete(room.name);
    this.#options.logger('info', 'room-unloaded', { room: room.name, workshop: workshopOfRoom(room.name) });
  }
}
