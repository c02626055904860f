import type { IncomingMessage, ServerResponse } from 'node:http';
import { isCommonTableLocked, type PersonId, readBoardMode } from '@avaa/board-model';
import {
  ApiError,
  type BoardRef,
  checkReactionRequest,
  checkReactionSettings,
  isGroupNumber,
  isWorkshopId,
  type MyReactions,
  type ReactionSettings,
  type RoomRef,
  roomName,
} from '@avaa/protocol';
import type * as Y from 'yjs';
import { groupCreatedAt, groupExists, mayWrite } from '../auth/access.ts';
import { effectiveCapability } from '../auth/effectiveCapability.ts';
import { accessLost } from '../auth/revocation.ts';
import type { Capability } from '../auth/tokens.ts';
import { publishBoardReactions, ReactionBook } from '../rooms/reactionBook.ts';
import type { Peer, Room } from '../rooms/room.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import { groupBoardSeed, plenarySeed } from '../seeds.ts';
import type { WorkshopRecord } from '../storage/types.ts';
import type { ApiContext } from './context.ts';
import { hasFacilitatorRights } from './facilitatorRights.ts';
import { authorize } from './requestAuth.ts';
import { type Answer, MAX_BODY_BYTES, readJsonBody, refused, sendBodyError, sendError, sendJson } from './respond.ts';

/**
 * Reactions on notes (board-model `reactions/`): who reacted how is kept by the server
 * (rooms/reactionBook.ts), never in a document anyone syncs, since every Yjs change names its
 * writer; the board's document gets the counts, and the names unless reactions are anonymous.
 *
 *   GET  /api/workshops/<id>/boards/<board>/reactions              my reactions on the board
 *   POST /api/workshops/<id>/boards/<board>/reactions {note, kind} my reaction turned on or off
 *   POST /api/workshops/<id>/reactions/anonymous {anonymous}        the facilitator's choice
 *
 * `<board>` is `plenary` or a group's number. Answered once stored.
 */
export async function getMyReactions(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string, b = '') {
  const answer = await asPerson(ctx, req, id, b, async ({ room, person }) => {
    await room.reactions?.catchUp();
    return {
      status: 200,
      body: { reactions: room.reactions?.log.mine(room.name, person) ?? [] } satisfies MyReactions,
    };
  });
  sendJson(res, answer.status, answer.body);
}

export async function postReaction(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string, b = '') {
  const body = await readJsonBody(req, MAX_BODY_BYTES);
  if (!body.ok) return sendBodyError(res, body.error);
  const request = checkReactionRequest(body.value);
  if (!request.ok) return sendError(res, request.error, request.field ? { field: request.field } : {});
  const { note, kind } = request.value;
  const limit = ctx.dotChanges.take(`${id}/reactions/${authorize(ctx.secret, req, id)?.personId ?? ''}`);
  if (!limit.ok) return sendError(res, ApiError.tooManyRequests);
  const answer = await asPerson(ctx, req, id, b, async ({ room, person, ref, workshopDoc, capability }) => {
    const writable = mayReact(ref, capability, workshopDoc);
    if (writable) return writable;
    const book = room.reactions;
    if (!book) return refused(ApiError.forbidden);
    const target = liveNoteError(room.doc, note);
    if (target && !book.log.has(room.name, note, kind, person)) return refused(target, { field: 'note' });
    await book.write((log) => ({
      entries: [{ board: room.name, note, kind, person, on: !log.has(room.name, note, kind, person) }],
      result: undefined,
    }));
    if (room.ready) publishBoardReactions(room.doc, book, room.name);
    return { status: 200, body: { reactions: book.log.mine(room.name, person) } satisfies MyReactions };
  });
  sendJson(res, answer.status, answer.body);
}

/** The facilitator hides or shows who reacted: every loaded board publishes again at once, others on load. */
export async function postReactionSettings(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const capability = authorize(ctx.secret, req, id);
  if (!capability) return sendError(res, ApiError.unauthorized);
  const workshop = isWorkshopId(id) ? await ctx.storage.getWorkshop(id) : undefined;
  if (!workshop) return sendError(res, ApiError.workshopNotFound);
  if (!(await hasFacilitatorRights(ctx, workshop, capability))) return sendError(res, ApiError.forbidden);
  const body = await readJsonBody(req, MAX_BODY_BYTES);
  if (!body.ok) return sendBodyError(res, body.error);
  const request = checkReactionSettings(body.value);
  if (!request.ok) return sendError(res, request.error, request.field ? { field: request.field } : {});
  const { anonymous } = request.value;
  const book = new ReactionBook(ctx.storage, workshop.id);
  await book.write(() => ({ entries: [{ anonymous }], result: undefined }));
  for (const room of [...ctx.rooms.loaded()]) {
    if (!room.reactions || !room.name.startsWith(`${workshop.id}/`) || !room.ready) continue;
    await room.reactions.catchUp();
    if (room.ready) publishBoardReactions(room.doc, room.reactions, room.name);
  }
  sendJson(res, 200, { anonymous } satisfies ReactionSettings);
}

/** Reacting is writing the board: not on a locked board, nor the common table during group work. */
function mayReact(ref: RoomRef, capability: Capability, workshopDoc: Y.Doc): Answer | undefined {
  if (!mayWrite(ref, capability, workshopDoc)) {
    const locked = ref.kind === 'board' && ref.board.kind === 'plenary' && isCommonTableLocked(workshopDoc);
    return refused(locked ? ApiError.commonTableLocked : ApiError.forbidden);
  }
  const facilitating = effectiveCapability(capability, workshopDoc).role === 'facilitator';
  if (ref.kind === 'board' && !facilitating && readBoardMode(workshopDoc, ref.board) === 'locked') {
    return refused(ApiError.forbidden);
  }
  return undefined;
}

function liveNoteError(doc: Y.Doc, note: string): ApiError | undefined {
  const entry = doc.getMap('notes').get(note) as Y.Map<unknown> | undefined;
  if (!entry || typeof entry.get !== 'function') return ApiError.unknownNote;
  return entry.get('deleted') === true ? ApiError.noteDeleted : undefined;
}

type PersonOnBoard = {
  readonly room: Room;
  readonly person: PersonId;
  readonly ref: RoomRef;
  readonly workshopDoc: Y.Doc;
  readonly capability: Capability;
};

/** Runs `use` for a personal token of a person still in the workshop, with the board's room loaded. */
async function asPerson(
  ctx: ApiContext,
  req: IncomingMessage,
  id: string,
  boardParam: string,
  use: (on: PersonOnBoard) => Promise<Answer>,
): Promise<Answer> {
  const capability = authorize(ctx.secret, req, id);
  if (!capability) return refused(ApiError.unauthorized);
  const workshop = isWorkshopId(id) ? await ctx.storage.getWorkshop(id) : undefined;
  if (!workshop) return refused(ApiError.workshopNotFound);
  const person = capability.personId;
  // A reaction is a person's: a role link (projector, facilitator's, the shared participant link) has none.
  if (capability.role !== 'participant' || person === undefined) return refused(ApiError.forbidden);
  const board = parseBoard(boardParam);
  if (!board) return refused(ApiError.unknownGroup);
  return withWorkshopRoom(ctx.rooms, workshop, async (workshopRoom) => {
    const lost = accessLost(workshopRoom.doc, capability);
    if (lost?.reason === 'removed') return refused(ApiError.forbidden);
    if (lost) return refused(ApiError.unauthorized);
    if (board.kind === 'group' && !groupExists(workshopRoom.doc, board.group)) return refused(ApiError.unknownGroup);
    const ref: RoomRef = { workshopId: workshop.id, kind: 'board', board };
    return withBoardRoom(ctx, workshop, board, workshopRoom.doc, (room) =>
      use({ room, person, ref, workshopDoc: workshopRoom.doc, capability }),
    );
  });
}

export function parseBoard(param: string): BoardRef | undefined {
  if (param === 'plenary') return { kind: 'plenary' };
  const group = /^[1-9][0-9]{0,3}$/.test(param) ? Number(param) : Number.NaN;
  return isGroupNumber(group) ? { kind: 'group', group } : undefined;
}

/** Runs `use` with the board's room loaded (a silent member), then lets it go. */
export async function withBoardRoom<T>(
  ctx: ApiContext,
  workshop: WorkshopRecord,
  board: BoardRef,
  workshopDoc: Y.Doc,
  use: (room: Room) => Promise<T>,
): Promise<T> {
  const reader: Peer = { send: () => {}, close: () => {}, awarenessIds: new Set() };
  const seed =
    board.kind === 'plenary'
      ? () => plenarySeed(workshop)
      : () => groupBoardSeed(workshop, board.group, groupCreatedAt(workshopDoc, board.group));
  const room = await ctx.rooms.join(roomName(workshop.id, board), reader, seed);
  try {
    return await use(room);
  } finally {
    ctx.rooms.leave(room, reader);
  }
}
