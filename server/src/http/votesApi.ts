import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ballotEntryFor,
  type DotChange,
  isChangeId,
  isCommonTableLocked,
  isNoteId,
  type OperationError,
  ownDots,
  type PersonId,
  voteEntry,
} from '@avaa/board-model';
import {
  ApiError,
  checkDotRequest,
  isWorkshopId,
  type MyDots,
  type RoomRef,
  roomName,
  type VotePeople,
} from '@avaa/protocol';
import { mayWrite } from '../auth/access.ts';
import { accessLost } from '../auth/revocation.ts';
import type { Capability } from '../auth/tokens.ts';
import type { BallotBook } from '../rooms/ballotBook.ts';
import type { Peer, Room } from '../rooms/room.ts';
import { publishTallies } from '../rooms/voteTallies.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import { plenarySeed } from '../seeds.ts';
import type { WorkshopRecord } from '../storage/types.ts';
import type { ApiContext } from './context.ts';
import { hasFacilitatorRights } from './facilitatorRights.ts';
import { authorize } from './requestAuth.ts';
import { type Answer, MAX_BODY_BYTES, readJsonBody, refused, sendBodyError, sendError, sendJson } from './respond.ts';

/**
 * The dots of the common table's votes (board-model `facilitation/ballots.ts`): who placed which
 * dot is kept by the server, never in a document anyone syncs; the document gets the counts.
 *
 *   GET    /api/workshops/<id>/votes/<vote>/dots          my dots (a personal token)
 *   POST   /api/workshops/<id>/votes/<vote>/dots {note, change?}      one more dot of mine on a note
 *   DELETE /api/workshops/<id>/votes/<vote>/dots/<note>?change=<id>   one of my dots back from a note
 *   GET    /api/workshops/<id>/votes/<vote>/people        a named vote's dots by person (facilitator)
 *
 * A change is answered once it is stored, with my dots as stored: `{notes, left, total}`. With
 * the device's id for the change (`change`), sending it again changes nothing more: a device
 * retries until it hears an answer.
 */
export async function getMyDots(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string, vote = '') {
  const answer = await asPerson(ctx, req, id, async (room, person) => {
    await room.ballots?.catchUp();
    const mine = room.ballots && ownDots(room.doc, room.ballots.ballots, vote, person);
    return mine ? { status: 200, body: mine satisfies MyDots } : refused(ApiError.unknownVote);
  });
  sendJson(res, answer.status, answer.body);
}

export async function postDot(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string, vote = '') {
  const body = await readJsonBody(req, MAX_BODY_BYTES);
  if (!body.ok) return sendBodyError(res, body.error);
  const request = checkDotRequest(body.value);
  if (!request.ok) return sendError(res, request.error, request.field ? { field: request.field } : {});
  const { note, change } = request.value;
  const answer = await changeDot(ctx, req, id, { vote, note, action: 'place', ...(change ? { change } : {}) });
  sendJson(res, answer.status, answer.body);
}

export async function deleteDot(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  vote = '',
  note = '',
) {
  if (!isNoteId(note)) return sendError(res, ApiError.noDotOnNote);
  const change = new URL(req.url ?? '/', 'http://api.invalid').searchParams.get('change') ?? undefined;
  if (change !== undefined && !isChangeId(change)) {
    return sendError(res, ApiError.invalidChange, { field: 'change' });
  }
  const answer = await changeDot(ctx, req, id, { vote, note, action: 'take-back', ...(change ? { change } : {}) });
  sendJson(res, answer.status, answer.body);
}

/** Only the facilitator, and only for a vote that is not anonymous: nobody reads who voted what in one. */
export async function getVotePeople(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string, vote = '') {
  const capability = authorize(ctx.secret, req, id);
  if (!capability) return sendError(res, ApiError.unauthorized);
  const workshop = isWorkshopId(id) ? await ctx.storage.getWorkshop(id) : undefined;
  if (!workshop) return sendError(res, ApiError.workshopNotFound);
  if (!(await hasFacilitatorRights(ctx, workshop, capability))) return sendError(res, ApiError.forbidden);
  const answer = await withPlenaryRoom(ctx, workshop, async (room): Promise<Answer> => {
    const entry = voteEntry(room.doc, vote);
    if (!entry || !room.ballots) return refused(ApiError.unknownVote);
    if (entry.get('anonymous') !== false) return refused(ApiError.anonymousVote);
    await room.ballots.catchUp();
    const people = room.ballots.ballots.perPerson(vote, entry.get('dotsPerPerson') as number);
    return { status: 200, body: { people } satisfies VotePeople };
  });
  sendJson(res, answer.status, answer.body);
}

async function changeDot(ctx: ApiContext, req: IncomingMessage, id: string, change: Omit<DotChange, 'person'>) {
  const limit = ctx.dotChanges.take(`${id}/${personOf(ctx, req, id) ?? ''}`);
  if (!limit.ok) return refused(ApiError.tooManyRequests);
  return asPerson(ctx, req, id, async (room, person, workshopDoc, capability) => {
    // Placing a dot is writing the common table: not during group work unless it is open.
    const plenary: RoomRef = { workshopId: capability.workshopId, kind: 'board', board: { kind: 'plenary' } };
    if (!mayWrite(plenary, capability, workshopDoc)) {
      return refused(isCommonTableLocked(workshopDoc) ? ApiError.commonTableLocked : ApiError.forbidden);
    }
    const book = room.ballots;
    if (!book) return refused(ApiError.unknownVote);
    const decided = await storeDotChange(room.doc, book, { ...change, person });
    if (!decided.ok) return refusal(decided.error);
    if (room.ready) publishTallies(room.doc, book);
    return {
      status: change.action === 'place' ? 201 : 200,
      body: ownDots(room.doc, book.ballots, change.vote, person) satisfies MyDots | undefined,
    };
  });
}

/** Tries this often when another node's write to the same slot was stored after ours. */
const MAX_ATTEMPTS = 3;

/**
 * Stores the change and reads it back: with several nodes, one person's two places at the same
 * moment can pick the same free slot, and the later in the log replaces the other; the earlier
 * is then decided again (another slot, under an id of the server's, so the device's id still
 * marks it done). Answered "stored" only once its dot holds.
 */
async function storeDotChange(doc: Room['doc'], book: BallotBook, change: DotChange) {
  let attempt: DotChange = change.change === undefined ? { ...change, change: serverChangeId() } : change;
  for (let tries = 1; ; tries += 1) {
    const current = attempt;
    const decided = await book.write((ballots) => {
      const entry = ballotEntryFor(doc, ballots, current);
      return { entries: entry.ok && entry.value ? [entry.value] : [], result: entry };
    });
    if (!decided.ok || decided.value === null || !book.ballots.overtaken(decided.value)) return decided;
    if (tries >= MAX_ATTEMPTS) throw new Error('a dot change was overwritten on every attempt');
    attempt = { ...change, change: serverChangeId() };
  }
}

function serverChangeId(): string {
  return `server-${randomBytes(12).toString('hex')}`;
}

function personOf(ctx: ApiContext, req: IncomingMessage, id: string): PersonId | undefined {
  return authorize(ctx.secret, req, id)?.personId;
}

/** Runs `use` for a request made with a personal token of a person still in the workshop. */
async function asPerson(
  ctx: ApiContext,
  req: IncomingMessage,
  id: string,
  use: (room: Room, person: PersonId, workshopDoc: Room['doc'], capability: Capability) => Promise<Answer>,
): Promise<Answer> {
  const capability = authorize(ctx.secret, req, id);
  if (!capability) return refused(ApiError.unauthorized);
  const workshop = isWorkshopId(id) ? await ctx.storage.getWorkshop(id) : undefined;
  if (!workshop) return refused(ApiError.workshopNotFound);
  const person = capability.personId;
  // Dots are a person's: a role link (the projector, the facilitator's, the generic participant link) has none.
  if (capability.role !== 'participant' || person === undefined) return refused(ApiError.forbidden);
  return withWorkshopRoom(ctx.rooms, workshop, async (workshopRoom) => {
    const lost = accessLost(workshopRoom.doc, capability);
    if (lost?.reason === 'removed') return refused(ApiError.forbidden);
    if (lost) return refused(ApiError.unauthorized);
    return withPlenaryRoom(ctx, workshop, (room) => use(room, person, workshopRoom.doc, capability));
  });
}

/** Runs `use` with the common table's room loaded (a silent member), then lets it go. */
async function withPlenaryRoom<T>(
  ctx: ApiContext,
  workshop: WorkshopRecord,
  use: (room: Room) => Promise<T>,
): Promise<T> {
  const reader: Peer = { send: () => {}, close: () => {}, awarenessIds: new Set() };
  const room = await ctx.rooms.join(roomName(workshop.id), reader, () => plenarySeed(workshop));
  try {
    return await use(room);
  } finally {
    ctx.rooms.leave(room, reader);
  }
}

function refusal(error: OperationError): Answer {
  switch (error) {
    case ApiError.unknownVote:
    case ApiError.voteClosed:
    case ApiError.noDotsLeft:
    case ApiError.noDotOnNote:
      return refused(error);
    case ApiError.noteDeleted:
    case ApiError.noteStacked:
      return refused(error, { field: 'note' });
    default:
      return refused(ApiError.unknownNote, { field: 'note' });
  }
}
