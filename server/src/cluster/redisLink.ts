import { Redis } from 'ioredis';
import * as Y from 'yjs';
import { errorFields, type Logger } from '../log.ts';
import type { LinkedRoom, RoomLink } from '../rooms/roomLink.ts';
import { type Storage, workshopOfRoom } from '../storage/types.ts';
import { decodeClusterMessage, encodeClusterMessage, roomChannel, roomOfChannel } from './messages.ts';
import { PresenceOutbox } from './presenceOutbox.ts';

export type RedisLinkOptions = {
  readonly redisUrl: string;
  /** Names this node in its messages, so it skips its own. */
  readonly nodeId: string;
  readonly storage: Storage;
  readonly logger: Logger;
  /** Presence goes out at most this often per room. */
  readonly presenceIntervalMs?: number;
  /** How often the log heads of loaded rooms are compared with what this node holds. */
  readonly headCheckIntervalMs?: number;
};

const SUBSCRIBE_TIMEOUT_MS = 2_000;

/**
 * The rooms of this node, linked to the same rooms on the other nodes through Redis pub/sub
 * (one channel per room). After a commit a node publishes the entries (sequence numbers and
 * merged update); the others apply them to their documents. Redis pub/sub forgets what a node
 * did not hear, so nothing relies on it alone: a gap in the sequence numbers, a reconnect and
 * a periodic comparison with the log heads in storage all make a room catch up from storage.
 * Presence crosses on the same channel, throttled per room.
 */
export class RedisLink implements RoomLink {
  readonly #options: RedisLinkOptions;
  readonly #pub: Redis;
  readonly #sub: Redis;
  readonly #rooms = new Map<string, LinkedRoom>();
  readonly #presence: PresenceOutbox;
  readonly #headCheck: NodeJS.Timeout;
  #down = false;
  #closed = false;

  constructor(options: RedisLinkOptions) {
    this.#options = options;
    const common = {
      connectTimeout: 5_000,
      // Forever, at most 1 s apart: the node recovers by itself when Redis is back.
      retryStrategy: (times: number) => Math.min(times * 100, 1_000),
    };
    // Publishing while Redis is away fails at once (the periodic check repairs what others missed).
    this.#pub = new Redis(options.redisUrl, { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.#sub = new Redis(options.redisUrl, { ...common, maxRetriesPerRequest: null });
    for (const [name, client] of [
      ['publisher', this.#pub],
      ['subscriber', this.#sub],
    ] as const) {
      client.on('error', (error: unknown) => this.#lost(name, error));
      client.on('end', () => this.#lost(name, new Error('connection ended')));
      client.on('ready', () => this.#recovered());
    }
    this.#sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.#receive(channel, message));
    this.#presence = new PresenceOutbox(options.presenceIntervalMs ?? 100, (room, update) =>
      this.#publish(room.name, { kind: 'presence', nodeId: options.nodeId, update }),
    );
    this.#headCheck = setInterval(() => void this.#checkHeads(), options.headCheckIntervalMs ?? 2_000);
    this.#headCheck.unref();
  }

  /** Both connections to Redis are up. */
  get ready(): boolean {
    return this.#pub.status === 'ready' && this.#sub.status === 'ready';
  }

  get acknowledging(): boolean {
    return this.ready;
  }

  async open(room: LinkedRoom): Promise<void> {
    this.#rooms.set(room.name, room);
    const subscribed = this.#sub.subscribe(roomChannel(room.name)).catch((error: unknown) => {
      this.#options.logger('warn', 'redis-subscribe-failed', {
        room: room.name,
        workshop: workshopOfRoom(room.name),
        ...errorFields(error),
      });
    });
    // While Redis is away the room loads anyway; the reconnect subscribes and catches it up.
    if (this.ready) await withTimeout(subscribed, SUBSCRIBE_TIMEOUT_MS);
  }

  loaded(room: LinkedRoom): void {
    this.#publish(room.name, { kind: 'presence-query', nodeId: this.#options.nodeId });
  }

  close(room: LinkedRoom): void {
    if (this.#rooms.get(room.name) !== room) return;
    this.#rooms.delete(room.name);
    this.#presence.forget(room);
    this.#sub.unsubscribe(roomChannel(room.name)).catch(() => {});
  }

  committed(room: LinkedRoom, first: number, last: number, updates: readonly Uint8Array[]): void {
    const update = updates.length === 1 ? (updates[0] ?? new Uint8Array()) : Y.mergeUpdates([...updates]);
    this.#publish(room.name, { kind: 'updates', nodeId: this.#options.nodeId, first, last, update });
  }

  presenceChanged(room: LinkedRoom, clientIds: readonly number[]): void {
    this.#presence.add(room, clientIds);
  }

  /** Stops the head check and closes both connections (server shutdown). */
  async shutdown(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#headCheck);
    this.#presence.close();
    // QUIT waits for Redis; while it is away (or slow) just drop the connection.
    await Promise.all(
      [this.#pub, this.#sub].map(async (client) => {
        if (client.status === 'ready')
          await withTimeout(
            client.quit().catch(() => {}),
            SUBSCRIBE_TIMEOUT_MS,
          );
        client.disconnect();
      }),
    );
  }

  #publish(room: string, message: Parameters<typeof encodeClusterMessage>[0]): void {
    if (this.#pub.status !== 'ready') return;
    this.#pub.publish(roomChannel(room), Buffer.from(encodeClusterMessage(message))).catch((error: unknown) => {
      this.#options.logger('debug', 'redis-publish-failed', {
        room,
        workshop: workshopOfRoom(room),
        ...errorFields(error),
      });
    });
  }

  #receive(channel: Buffer, bytes: Buffer): void {
    const name = roomOfChannel(channel.toString('utf8'));
    const room = name === undefined ? undefined : this.#rooms.get(name);
    const message = decodeClusterMessage(bytes);
    if (!room || !message || message.nodeId === this.#options.nodeId) return;
    try {
      if (message.kind === 'updates') room.applyFromOtherNode(message.first, message.last, message.update);
      else if (message.kind === 'presence') room.applyPresenceFromOtherNode(message.update);
      else this.#presence.add(room, room.localPresenceIds());
    } catch (error) {
      // A message this document rejects: read the log instead.
      this.#options.logger('warn', 'cluster-message-failed', {
        room: room.name,
        workshop: workshopOfRoom(room.name),
        ...errorFields(error),
      });
      void room.catchUp();
    }
  }

  #lost(connection: string, error: unknown): void {
    if (this.#down || this.#closed) return;
    this.#down = true;
    this.#options.logger('error', 'redis-unavailable', { connection, ...errorFields(error) });
  }

  /** Either connection is (back) up: once both are, resubscribe, catch up, answer held save requests. */
  #recovered(): void {
    if (!this.ready || this.#closed) return;
    if (this.#down) this.#options.logger('info', 'redis-recovered', { rooms: this.#rooms.size });
    this.#down = false;
    const channels = [...this.#rooms.keys()].map(roomChannel);
    if (channels.length > 0) this.#sub.subscribe(...channels).catch(() => {});
    for (const room of this.#rooms.values()) {
      void room.catchUp();
      room.resumeAcknowledgements();
      this.#publish(room.name, { kind: 'presence-query', nodeId: this.#options.nodeId });
    }
  }

  /** Rooms whose stored log is ahead of this node's copy catch up (a message lost on the way). */
  async #checkHeads(): Promise<void> {
    const rooms = [...this.#rooms.values()].filter((room) => room.ready);
    if (rooms.length === 0) return;
    try {
      const heads = await this.#options.storage.lastEntryIds(rooms.map((room) => room.name));
      for (const room of rooms) {
        if ((heads.get(room.name) ?? 0) > room.heldEntryId) void room.catchUp();
      }
    } catch (error) {
      this.#options.logger('debug', 'head-check-failed', errorFields(error));
    }
  }
}

function withTimeout(promise: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
}
