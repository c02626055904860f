import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, MAX_MESSAGE_BYTES, parseRoomName, roomName } from '@avaa/protocol';
import { type WebSocket, WebSocketServer } from 'ws';
import { verifyToken } from '../auth/tokens.ts';
import { errorFields, type Logger } from '../log.ts';
import type { Room } from '../rooms/room.ts';
import type { RoomManager } from '../rooms/roomManager.ts';
import type { Storage } from '../storage/types.ts';
import { Connection } from './connection.ts';

export const SYNC_PATH = '/sync';
// How long closing sockets get to finish the close handshake before they are cut off.
const CLOSE_HANDSHAKE_MS = 2000;

export type SyncEndpointOptions = {
  readonly storage: Storage;
  readonly rooms: RoomManager;
  readonly secret: Uint8Array;
  readonly logger: Logger;
  readonly pingIntervalMs: number;
};

/**
 * The WebSocket side: `/sync/<workshop>/plenary?token=...`. Sockets are accepted first and then
 * closed with a code (4400, 4401, 4404), because browsers only see close codes after accept.
 */
export class SyncEndpoint {
  readonly #options: SyncEndpointOptions;
  readonly #wss: WebSocketServer;
  readonly #connections = new Set<Connection>();
  readonly #ping: NodeJS.Timeout;
  #closing = false;

  constructor(options: SyncEndpointOptions) {
    this.#options = options;
    // maxPayload makes ws close oversized frames with 1009; no compression, so no zip bombs.
    this.#wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
    this.#ping = setInterval(() => this.#pingAll(), options.pingIntervalMs);
    this.#ping.unref();
  }

  get connections(): number {
    return this.#connections.size;
  }

  /** The http server's 'upgrade' listener. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', (error) => this.#options.logger('debug', 'upgrade-socket-error', errorFields(error)));
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
    // Without an error listener, a socket error (e.g. ECONNRESET) would crash the process.
    ws.on('error', (error) => this.#options.logger('debug', 'socket-error', errorFields(error)));
    const connection = new Connection(ws, this.#options.logger);
    this.#connections.add(connection);
    let room: Room | undefined;
    ws.on('close', (code) => {
      this.#connections.delete(connection);
      try {
        if (room) this.#options.rooms.leave(room, connection);
      } catch (error) {
        this.#options.logger('error', 'socket-leave-failed', { room: room?.name, ...errorFields(error) });
      }
      this.#options.logger('info', 'socket-closed', { room: room?.name, code });
    });
    this.#admit(connection, request)
      .then((joined) => {
        room = joined;
      })
      .catch((error: unknown) => {
        this.#options.logger('error', 'socket-admit-failed', errorFields(error));
        connection.close(CloseCode.internalError, 'internal error');
      });
  }

  /** Checks room name, token and workshop, then joins the room once it has loaded. */
  async #admit(connection: Connection, request: IncomingMessage): Promise<Room | undefined> {
    const { logger, secret, storage, rooms } = this.#options;
    const url = new URL(request.url ?? '/', 'http://upgrade.invalid');
    const ref = parseRoomName(safeDecode(url.pathname.slice(SYNC_PATH.length + 1)));
    if (!ref) return reject(connection, CloseCode.badRequest, 'bad room name');
    const capability = verifyToken(secret, url.searchParams.get('token'));
    if (capability?.workshopId !== ref.workshopId) return reject(connection, CloseCode.unauthorized, 'unauthorized');
    const workshop = await storage.getWorkshop(ref.workshopId);
    if (!workshop) return reject(connection, CloseCode.workshopNotFound, 'workshop not found');
    if (this.#closing) return reject(connection, CloseCode.serviceRestart, 'server restart');
    if (!connection.open) return undefined;
    // Group boards and the workshop room are not served yet.
    if (ref.kind !== 'board' || ref.board.kind !== 'plenary') {
      return reject(connection, CloseCode.workshopNotFound, 'board not found');
    }
    const name = roomName(ref.workshopId, ref.board);
    const room = await rooms.join(name, connection).catch(() => undefined);
    if (!room) return undefined; // loading failed; the room closed this socket with 1011
    if (!connection.open) {
      rooms.leave(room, connection);
      return undefined;
    }
    connection.start(room, capability.role);
    logger('info', 'socket-joined', { room: name, role: capability.role });
    return room;
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

function reject(connection: Connection, code: number, reason: string): undefined {
  connection.close(code, reason);
  return undefined;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}

function socketClosed(socket: WebSocket): Promise<void> {
  if (socket.readyState === socket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => socket.once('close', () => resolve()));
}
