import type { IncomingMessage } from 'node:http';
import { readPerson } from '@avaa/board-model';
import {
  type BoardRef,
  CloseCode,
  type CloseCodeValue,
  parseRoomName,
  privateRoomName,
  type RoomRef,
  roomName,
  workshopRoomName,
} from '@avaa/protocol';
import type * as Y from 'yjs';
import { checkWrite, groupCreatedAt, groupExists, type WriteCheck, type WriteVerdict } from '../auth/access.ts';
import { ownerKey } from '../auth/owner.ts';
import { mayOpenPrivateRoom } from '../auth/privateAccess.ts';
import { accessLost, watchAccess } from '../auth/revocation.ts';
import { type Capability, verifyToken } from '../auth/tokens.ts';
import type { SyncLimits } from '../config.ts';
import { clientAddress } from '../http/guards.ts';
import { countPrivateNotes } from '../private/counts.ts';
import type { Room } from '../rooms/room.ts';
import type { RoomManager } from '../rooms/roomManager.ts';
import { type HeldRoom, holdWorkshopRoom } from '../rooms/workshopRoom.ts';
import { groupBoardSeed, plenarySeed, workshopSeed } from '../seeds.ts';
import type { Storage, WorkshopRecord } from '../storage/types.ts';
import { Connection, type Session } from './connection.ts';
import type { PresenceIdentity } from './presenceStamp.ts';
import type { SocketQuota } from './socketQuota.ts';

export type AdmissionContext = {
  readonly storage: Storage;
  readonly rooms: RoomManager;
  readonly secret: Uint8Array;
  readonly syncPath: string;
  readonly limits: SyncLimits;
  /** True once the server is shutting down: no room is loaded then. */
  readonly closing: () => boolean;
  /** Sockets per client address and per workshop. */
  readonly quota: SocketQuota;
  /** Behind a reverse proxy: the client address is the last hop of X-Forwarded-For. */
  readonly trustProxy: boolean;
};

/**
 * Sockets a facilitator may open past maxConnectionsPerRoom, and workshops (a tenth of
 * maxActiveWorkshops) they may open past it: whoever filled the server or a board, the
 * facilitator still gets into their own workshop (and once it is open, its people do too).
 */
export const FACILITATOR_ROOM_RESERVE = 5;

const NOT_LOADED: WriteVerdict = { allowed: false, reason: 'workshop-not-loaded' };

/**
 * A connection let into a loaded room, with its session (connection.ts): the write check asked
 * with the changes of every sync step 2 and update, the token as sent, the presence identity.
 * `leave` undoes everything admission took.
 */
export type Admitted = Session & {
  readonly room: Room;
  readonly capability: Capability;
  leave(): void;
};
/** Admitted before the token, the owner and the presence identity are attached. */
type Joined = Omit<Admitted, 'token' | 'owner' | 'presence'> & { readonly workshopDoc: Y.Doc };
export type Refused = { readonly refused: CloseCodeValue; readonly reason: string };

/**
 * Who may open which room: `/sync/<room>?token=...`. 4400 for a bad room name; 4401 for a bad,
 * expired or revoked token or one of another workshop; 4404 for an unknown workshop or group;
 * 4403 for a person the facilitator removed. Admitted connections are closed (4403, 4401) as soon
 * as the workshop document removes the person or rotates the link, or the token expires
 * (auth/revocation.ts). Resolves undefined when the socket closed (or the room failed) meanwhile.
 */
export async function admit(
  ctx: AdmissionContext,
  connection: Connection,
  request: IncomingMessage,
): Promise<Admitted | Refused | undefined> {
  const url = new URL(request.url ?? '/', 'http://upgrade.invalid');
  const ref = parseRoomName(safeDecode(url.pathname.slice(ctx.syncPath.length + 1)));
  if (!ref) return refuse(CloseCode.badRequest, 'bad room name');
  const token = url.searchParams.get('token') ?? '';
  const capability = verifyToken(ctx.secret, token);
  if (capability?.workshopId !== ref.workshopId) return refuse(CloseCode.unauthorized, 'unauthorized');
  const workshop = await ctx.storage.getWorkshop(ref.workshopId);
  if (!workshop) return refuse(CloseCode.workshopNotFound, 'workshop not found');
  if (ctx.closing()) return refuse(CloseCode.serviceRestart, 'server restart');
  if (!connection.open) return undefined;
  const facilitator = capability.role === 'facilitator';
  if (tooManyWorkshops(ctx, workshop.id, facilitator)) return refuse(CloseCode.serverFull, 'too many workshops');
  const release = ctx.quota.take(clientAddress(request, ctx.trustProxy), workshop.id, facilitator);
  if (release === 'address') return refuse(CloseCode.addressFull, 'too many connections from one address');
  if (release === 'workshop') return refuse(CloseCode.roomFull, 'too many connections to the workshop');
  const result = await admitCounted(ctx, connection, workshop, capability, ref, token).catch((error: unknown) => {
    release();
    throw error;
  });
  if (!result || 'refused' in result) {
    release();
    return result;
  }
  const { leave } = result;
  return {
    ...result,
    leave: () => {
      release();
      leave();
    },
  };
}

/** Admission once the socket is counted against its address and workshop (socketQuota.ts). */
async function admitCounted(
  ctx: AdmissionContext,
  connection: Connection,
  workshop: WorkshopRecord,
  capability: Capability,
  ref: RoomRef,
  token: string,
): Promise<Admitted | Refused | undefined> {
  if (ref.kind === 'private' && !mayOpenPrivateRoom(ref, capability))
    return refuse(CloseCode.forbidden, 'private room of another');
  const admitted =
    ref.kind === 'workshop'
      ? await admitToWorkshopRoom(ctx.rooms, connection, workshop, capability)
      : await admitToBoard(ctx.rooms, connection, workshop, capability, ref);
  if (!admitted || 'refused' in admitted) return admitted;
  // Counted once joined, so that rooms loading at once cannot all slip under the limit.
  const reserve = capability.role === 'facilitator' ? FACILITATOR_ROOM_RESERVE : 0;
  if (connectionsIn(admitted.room) > ctx.limits.maxConnectionsPerRoom + reserve) {
    return refuse(CloseCode.roomFull, 'room full', admitted.leave);
  }
  const { workshopDoc, ...joined } = admitted;
  // Checked again: the document may have changed while the room loaded.
  const lost = refuseLost(workshopDoc, capability, joined.leave);
  if (lost) return lost;
  const unwatch = watchAccess(workshopDoc, capability, (loss) => connection.close(loss.code, loss.reason));
  const leave = () => {
    unwatch();
    joined.leave();
  };
  const owner = ownerKey(ctx.secret, capability, token);
  return { ...joined, token, owner, presence: presenceOf(workshopDoc, capability), leave };
}

function presenceOf(workshopDoc: Y.Doc, capability: Capability): PresenceIdentity {
  const { personId } = capability;
  const name = () => (personId === undefined ? undefined : readPerson(workshopDoc, personId)?.name);
  const { role } = capability;
  return { personId, name, facilitator: role === 'facilitator' && personId === undefined, readOnly: role === 'viewer' };
}

/** Refuses a token that no longer admits its holder (removed person, rotated link). */
function refuseLost(workshopDoc: Y.Doc, capability: Capability, undo: () => void): Refused | undefined {
  const loss = accessLost(workshopDoc, capability);
  return loss ? refuse(loss.code, loss.reason, undo) : undefined;
}

/** A workshop with no room loaded yet would be one more than the server takes at once. */
function tooManyWorkshops(ctx: AdmissionContext, workshopId: string, facilitator: boolean): boolean {
  const active = new Set<string>();
  for (const name of ctx.rooms.roomNames()) {
    const ref = parseRoomName(name);
    if (ref) active.add(ref.workshopId);
  }
  const { maxActiveWorkshops } = ctx.limits;
  const limit = maxActiveWorkshops + (facilitator ? Math.ceil(maxActiveWorkshops / 10) : 0);
  return !active.has(workshopId) && active.size >= limit;
}

/** Sockets in the room; the silent members that hold a workshop room do not count. */
function connectionsIn(room: Room): number {
  let count = 0;
  for (const peer of room.peers) if (peer instanceof Connection) count += 1;
  return count;
}

/** The workshop room is its own authority: no second room to hold. */
async function admitToWorkshopRoom(
  rooms: RoomManager,
  connection: Connection,
  workshop: WorkshopRecord,
  capability: Capability,
): Promise<Joined | Refused | undefined> {
  const ref: RoomRef = { workshopId: workshop.id, kind: 'workshop' };
  const room = await joinRoom(rooms, workshopRoomName(workshop.id), connection, () => workshopSeed(workshop));
  if (!room) return undefined;
  const leave = () => rooms.leave(room, connection);
  const lost = refuseLost(room.doc, capability, leave);
  if (lost) return lost;
  const check: WriteCheck = (update, resync) => checkWrite(ref, capability, room.doc, room.doc, update, resync);
  return { room, capability, checkWrite: check, leave, workshopDoc: room.doc, board: false };
}

/** A board: hold the workshop room first, for the checks now and for every write later. */
async function admitToBoard(
  rooms: RoomManager,
  connection: Connection,
  workshop: WorkshopRecord,
  capability: Capability,
  ref: Extract<RoomRef, { kind: 'board' | 'private' }>,
): Promise<Joined | Refused | undefined> {
  // If the workshop room fails to load (or later fails), it closes this connection with 1011.
  const onClose = (code: number, reason: string) => connection.close(code, reason);
  const held = await holdWorkshopRoom(rooms, workshop, onClose).catch(() => undefined);
  if (!held) return undefined;
  const workshopDoc = held.room.doc;
  const lost = refuseLost(workshopDoc, capability, held.release);
  if (lost) return lost;
  const { board } = ref;
  if (board.kind === 'group' && !groupExists(workshopDoc, board.group)) {
    return refuse(CloseCode.workshopNotFound, 'group not found', held.release);
  }
  const name =
    ref.kind === 'private' ? privateRoomName(workshop.id, board, ref.personId) : roomName(workshop.id, board);
  const room = await joinRoom(rooms, name, connection, boardSeed(workshop, held, board));
  if (!room) return void held.release();
  const stopCounting = ref.kind === 'private' ? countPrivateNotes(ref, room, held.room) : undefined;
  const leave = () => {
    stopCounting?.();
    rooms.leave(room, connection);
    held.release();
  };
  // Without a loaded workshop document rights cannot be checked: drop, as for a reader.
  const check: WriteCheck = (update, resync) =>
    held.room.ready ? checkWrite(ref, capability, workshopDoc, room.doc, update, resync) : NOT_LOADED;
  return { room, capability, checkWrite: check, leave, workshopDoc, board: true };
}

/**
 * The board's seed, computed when its room first loads empty (group boards: on first open).
 * Read from the held workshop document then, so it is the same however often it is computed.
 */
function boardSeed(workshop: WorkshopRecord, held: HeldRoom, board: BoardRef) {
  if (board.kind === 'plenary') return () => plenarySeed(workshop);
  return () => groupBoardSeed(workshop, board.group, groupCreatedAt(held.room.doc, board.group));
}

/** Joins and waits for the load; undefined if loading failed (the room closed us with 1011). */
async function joinRoom(rooms: RoomManager, name: string, connection: Connection, seed: () => Uint8Array) {
  const room = await rooms.join(name, connection, seed).catch(() => undefined);
  if (room && !connection.open) {
    rooms.leave(room, connection);
    return undefined;
  }
  return room;
}

function refuse(code: CloseCodeValue, reason: string, undo?: () => void): Refused {
  undo?.();
  return { refused: code, reason };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}
