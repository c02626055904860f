import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, MAX_MESSAGE_BYTES, parseRoomName } from '@avaa/protocol';
import { type WebSocket, WebSocketServer } from 'ws';
import type { SyncLimits } from '../config.ts';
import type { RateLimiter } from '../http/rateLimit.ts';
import { errorFields, type Logger, requestIdFrom, withFields } from '../log.ts';
import type { Metrics, SocketKind } from '../metrics/metrics.ts';
import type { RoomManager } from '../rooms/roomManager.ts';
import type { Storage } from '../storage/types.ts';
import { type Admitted, admit } from './admission.ts';
import { Connection } from './connection.ts';
import { createFrameLimiter } from './frameGuard.ts';
import { OutboxBudget } from './outbox.ts';
import { SocketQuota } from './socketQuota.ts';

export const SYNC_PATH = '/sync';
// How long closing sockets get to finish the close handshake before they are cut off.
const CLOSE_HANDSHAKE_MS = 2000;

export type SyncEndpointOptions = {
  readonly storage: Storage;
  readonly rooms: RoomManager;
  readonly secret: Uint8Array;
  readonly logger: Logger;
  readonly pingIntervalMs: number;
  readonly limits: SyncLimits;
  /** Behind a reverse proxy: the client address is the last hop of X-Forwarded-For. */
  readonly trustProxy: boolean;
  /** Messages, bytes, closes (metrics/metrics.ts); the frame limiter's refusals by name. */
  readonly metrics: Pick<Metrics, 'sync' | 'limited'>;
};

/**
 * The WebSocket side: `/sync/<room>?token=...`. Sockets are accepted first and then closed with
 * a code (4400, 4401, 4403, 4404), because browsers only see close codes after accept.
 */
export class SyncEndpoint {
  readonly #options: SyncEndpointOptions;
  readonly #wss: WebSocketServer;
  readonly #connections = new Set<Connection>();
  /** What each admitted socket is open to (metrics: sockets by kind). */
  readonly #kinds = new Map<Connection, SocketKind>();
  /** Each upgrade's request id (echoed in the 101 answer's `X-Request-Id`, logged). */
  readonly #requestIds = new WeakMap<IncomingMessage, string>();
  readonly #frames: RateLimiter;
  readonly #outbox: OutboxBudget;
  readonly #quota: SocketQuota;
  readonly #ping: NodeJS.Timeout;
  #closing = false;

  constructor(options: SyncEndpointOptions) {
    this.#options = options;
    this.#frames = createFrameLimiter(options.limits, options.metrics.limited('sync-frames'));
    this.#outbox = new OutboxBudget(options.limits, () => this.#connections);
    this.#quota = new SocketQuota(options.limits);
    // maxPayload makes ws close oversized frames with 1009; no compression, so no zip bombs.
    this.#wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
    this.#wss.on('headers', (headers, request) => {
      const id = this.#requestIds.get(request);
      if (id) headers.push(`X-Request-Id: ${id}`);
    });
    this.#ping = setInterval(() => this.#pingAll(), options.pingIntervalMs);
    this.#ping.unref();
  }

  get connections(): number {
    return this.#connections.size;
  }

  /** Open sockets by what they are open to; `admitting`: not (yet) let into a room. */
  socketsByKind(): Record<SocketKind | 'admitting', number> {
    const counts = { board: 0, workshop: 0, private: 0, admitting: this.#connections.size - this.#kinds.size };
    for (const kind of this.#kinds.values()) counts[kind] += 1;
    return counts;
  }

  /** The http server's 'upgrade' listener. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const requestId = requestIdFrom(request.headers['x-request-id']);
    this.#requestIds.set(request, requestId);
    socket.on('error', (error) =>
      this.#options.logger('debug', 'upgrade-socket-error', { requestId, ...errorFields(error) }),
    );
    const path = new URL(request.url ?? '/', 'http://upgrade.invalid').pathname;
    if (!path.startsWith(`${SYNC_PATH}/`) || this.#closing) {
      socket.end(
        `HTTP/1.1 ${this.#closing ? '503 Service Unavailable' : '404 Not Found'}\r\nConnection: close\r\n\r\n`,
      );
      return;
    }
    this.#wss.handleUpgrade(request, socket, head, (ws) => this.#accept(ws, request));
  }

  /** Closes every socket with 1012 (clients reconnect to the restarted server). */
  async close(): Promise<void> {
    this.#closing = true;
    clearInterval(this.#ping);
    const closed = [...this.#connections].map((connection) => socketClosed(connection.socket));
    for (const connection of this.#connections) connection.close(CloseCode.serviceRestart, 'server restart');
    const timeout = new Promise((resolve) => setTimeout(resolve, CLOSE_HANDSHAKE_MS).unref());
    await Promise.race([Promise.all(closed), timeout]);
    for (const connection of this.#connections) connection.socket.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #accept(ws: WebSocket, request: IncomingMessage): void {
    const { metrics } = this.#options;
    // Every line about this socket names its request id and, from the URL, its workshop.
    const requestId = this.#requestIds.get(request) ?? requestIdFrom(undefined);
    const workshop = workshopOf(request);
    const logger = withFields(this.#options.logger, { requestId, ...(workshop ? { workshop } : {}) });
    // Without an error listener, a socket error (e.g. ECONNRESET) would crash the process.
    ws.on('error', (error) => {
      countProtocolClose(metrics.sync, error);
      logger('debug', 'socket-error', errorFields(error));
    });
    const limits = { limits: this.#options.limits, frames: this.#frames, outbox: this.#outbox, metrics: metrics.sync };
    const connection = new Connection(ws, logger, limits);
    this.#connections.add(connection);
    let admitted: Admitted | undefined;
    ws.on('close', (code) => {
      this.#connections.delete(connection);
      this.#kinds.delete(connection);
      try {
        admitted?.leave();
      } catch (error) {
        logger('error', 'socket-leave-failed', { room: admitted?.room.name, ...errorFields(error) });
      }
      logger('info', 'socket-closed', { room: admitted?.room.name, code });
    });
    this.#admit(connection, request, logger)
      .then((joined) => {
        admitted = joined;
        if (joined && this.#connections.has(connection)) this.#kinds.set(connection, kindOf(joined.room.name));
      })
      .catch((error: unknown) => {
        logger('error', 'socket-admit-failed', errorFields(error));
        connection.close(CloseCode.internalError, 'internal error');
      });
  }

  /** Lets the connection into its room (sync/admission.ts) or closes it with the refusal's code. */
  async #admit(connection: Connection, request: IncomingMessage, logger: Logger): Promise<Admitted | undefined> {
    const { storage, rooms, secret, limits, trustProxy } = this.#options;
    const closing = () => this.#closing;
    const quota = this.#quota;
    const context = { storage, rooms, secret, syncPath: SYNC_PATH, limits, closing, quota, trustProxy };
    const result = await admit(context, connection, request);
    if (result === undefined) return undefined;
    if ('refused' in result) {
      logger('info', 'socket-refused', { code: result.refused, reason: result.reason });
      connection.close(result.refused, result.reason);
      return undefined;
    }
    if (this.#closing || !connection.open) {
      result.leave();
      connection.close(CloseCode.serviceRestart, 'server restart');
      return undefined;
    }
    connection.start(result.room, result);
    const { role, personId } = result.capability;
    logger('info', 'socket-joined', { room: result.room.name, role, person: personId !== undefined });
    return result;
  }

  #pingAll(): void {
    for (const connection of this.#connections) {
      if (!connection.alive) {
        connection.socket.terminate();
        continue;
      }
      connection.alive = false;
      try {
        connection.socket.ping();
      } catch (error) {
        this.#options.logger('debug', 'ping-failed', errorFields(error));
      }
    }
  }
}

function socketClosed(socket: WebSocket): Promise<void> {
  if (socket.readyState === socket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => socket.once('close', () => resolve()));
}

/** The workshop a socket's URL names (`/sync/<workshop>/...`), if it names one well-formed. */
function workshopOf(request: IncomingMessage): string | undefined {
  const path = new URL(request.url ?? '/', 'http://upgrade.invalid').pathname.slice(SYNC_PATH.length + 1);
  try {
    return parseRoomName(decodeURIComponent(path))?.workshopId;
  } catch {
    return undefined;
  }
}

function kindOf(room: string): SocketKind {
  return parseRoomName(room)?.kind ?? 'board';
}

/**
 * ws closes a socket itself on a frame it cannot read (1009 past maxPayload, 1002 otherwise,
 * 1007 for text that is not UTF-8) and reports it as an error: counted beside our own closes.
 */
function countProtocolClose(metrics: Metrics['sync'], error: Error): void {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') metrics.closed(CloseCode.messageTooBig);
  else if (code === 'WS_ERR_INVALID_UTF8') metrics.closed(1007);
  else if (code?.startsWith('WS_ERR_')) metrics.closed(CloseCode.protocolError);
}
