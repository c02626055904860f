import type { IncomingMessage, ServerResponse } from 'node:http';
import { isCommonTableLocked, ORIGINS, readBoardMode, recordStoredImage } from '@avaa/board-model';
import {
  ApiError,
  type BoardRef,
  isImageId,
  isWorkshopId,
  MAX_IMAGE_UPLOAD_BYTES,
  MAX_IMAGES_PER_BOARD,
  type RoomRef,
  roomName,
  type StoredImageAnswer,
} from '@avaa/protocol';
import type * as Y from 'yjs';
import { groupExists, mayWrite } from '../auth/access.ts';
import { effectiveCapability } from '../auth/effectiveCapability.ts';
import { accessLost } from '../auth/revocation.ts';
import type { Capability } from '../auth/tokens.ts';
import { EncodeGate } from '../images/encodeGate.ts';
import { type EncodedImage, encodeNoteImage } from '../images/encodeImage.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import type { WorkshopRecord } from '../storage/types.ts';
import type { ApiContext } from './context.ts';
import { parseBoard, withBoardRoom } from './reactionsApi.ts';
import { authorize } from './requestAuth.ts';
import { type Answer, BASE_HEADERS, readBody, refused, sendBodyError, sendError, sendJson } from './respond.ts';

/**
 * Images on notes (board-model `images/`):
 *
 *   POST /api/workshops/<id>/boards/<board>/images        a JPEG or PNG body, a token that may write
 *                                                          the board -> 201 {id, type, width, height}
 *   GET  /api/workshops/<id>/boards/<board>/images/<id>   a token that may read the board -> the bytes
 *
 * The upload is re-encoded without metadata (images/encodeImage.ts), stored for the board
 * (storage/images.ts) and listed in the board's server-owned `images` root, answered once that
 * is stored; a note may then name it. `<board>` is `plenary` or a group's number.
 */
const gates = new WeakMap<ApiContext['rooms'], EncodeGate>();

/** The media types an upload may declare (what it is, its bytes decide). Not a form's: no cross-site post. */
const UPLOAD_TYPES = ['image/jpeg', 'image/png'];

export async function postImage(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string, b = '') {
  const upload = await readUpload(ctx, req, res, id, b);
  if (!upload) return;
  const { workshop, board, body } = upload;
  const gate = gates.get(ctx.rooms) ?? new EncodeGate();
  gates.set(ctx.rooms, gate);
  const encoded = await gate.run(() => encodeNoteImage(body));
  if (!encoded) return sendError(res, ApiError.busy, {}, { 'Retry-After': '5' });
  if (!encoded.ok) return sendError(res, encoded.error);
  const answer = await storeImage(ctx, workshop, board, encoded.image);
  sendJson(res, answer.status, answer.body);
}

export type Upload = BoardRequest & { readonly body: Buffer };

/**
 * What an image upload (and a photo, photoApi.ts) checks before its body is read, then the body:
 * a token of the workshop that may write the board, within the person's rate, a JPEG or PNG
 * media type and at most MAX_IMAGE_UPLOAD_BYTES (a larger Content-Length is refused unread).
 * Answers the refusal itself and resolves undefined.
 */
export async function readUpload(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  b: string,
): Promise<Upload | undefined> {
  const checked = await boardRequest(ctx, req, id, b);
  if ('status' in checked) return void sendJson(res, checked.status, checked.body);
  const { workshop, board, capability } = checked;
  const denied = await withWorkshopRoom(ctx.rooms, workshop, (room) => mayUpload(board, capability, room.doc));
  if (denied) return void sendJson(res, denied.status, denied.body);
  if (!ctx.dotChanges.take(`${id}/images/${capability.personId ?? capability.role}`).ok) {
    return void sendError(res, ApiError.tooManyRequests, {}, { Connection: 'close' });
  }
  const body = await readBody(req, MAX_IMAGE_UPLOAD_BYTES, UPLOAD_TYPES);
  if (!body.ok) return void sendBodyError(res, body.error);
  return { ...checked, body: Buffer.concat(body.chunks) };
}

async function storeImage(
  ctx: ApiContext,
  workshop: WorkshopRecord,
  board: BoardRef,
  image: EncodedImage,
): Promise<Answer> {
  return withWorkshopRoom(ctx.rooms, workshop, (workshopRoom) =>
    withBoardRoom(ctx, workshop, board, workshopRoom.doc, async (room) => {
      const put = await ctx.storage.images.put(room.name, image.id, image, MAX_IMAGES_PER_BOARD);
      if (put === 'full') return refused(ApiError.tooManyImages);
      const { id, type, width, height } = image;
      room.doc.transact(
        () => recordStoredImage(room.doc, id, { type, width, height, storedAt: Date.now() }),
        ORIGINS.storedImage,
      );
      await room.flushed();
      return { status: 201, body: { id, type, width, height } satisfies StoredImageAnswer };
    }),
  );
}

export async function getImage(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  b = '',
  imageId = '',
) {
  const checked = await boardRequest(ctx, req, id, b);
  if ('status' in checked) return sendJson(res, checked.status, checked.body);
  if (!isImageId(imageId)) return sendError(res, ApiError.unknownImage);
  const { workshop, board } = checked;
  const image = await ctx.storage.images.get(roomName(workshop.id, board), imageId);
  if (!image) return sendError(res, ApiError.unknownImage);
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'Content-Type': image.type,
    'Content-Length': image.bytes.byteLength,
    // Never in a shared cache (a proxy would hand it to anyone asking the same address); the id is
    // the content's hash, so the reader's own cache may keep it a while.
    'Cache-Control': 'private, max-age=3600',
    Vary: 'Authorization',
  });
  res.end(image.bytes);
}

type BoardRequest = { readonly workshop: WorkshopRecord; readonly board: BoardRef; readonly capability: Capability };

/**
 * The checks both endpoints make, in the API's order (401, 404, the board): a valid token of the
 * workshop that still admits its holder, and a board the workshop has. Reading a board is every
 * such token's right (auth/access.ts); writing is checked by the upload.
 */
async function boardRequest(
  ctx: ApiContext,
  req: IncomingMessage,
  id: string,
  b: string,
): Promise<BoardRequest | Answer> {
  const capability = authorize(ctx.secret, req, id);
  if (!capability) return refused(ApiError.unauthorized);
  const workshop = isWorkshopId(id) ? await ctx.storage.getWorkshop(id) : undefined;
  if (!workshop) return refused(ApiError.workshopNotFound);
  const board = parseBoard(b);
  if (!board) return refused(ApiError.unknownGroup, { field: 'board' });
  const problem = await withWorkshopRoom(ctx.rooms, workshop, (room): Answer | undefined => {
    const lost = accessLost(room.doc, capability);
    if (lost) return refused(lost.reason === 'removed' ? ApiError.forbidden : ApiError.unauthorized);
    if (board.kind === 'group' && !groupExists(room.doc, board.group)) {
      return refused(ApiError.unknownGroup, { field: 'board' });
    }
    return undefined;
  });
  return problem ?? { workshop, board, capability };
}

/** Uploading is writing the board: not on a locked board, nor the common table during group work. */
function mayUpload(board: BoardRef, capability: Capability, workshopDoc: Y.Doc): Answer | undefined {
  const ref: RoomRef = { workshopId: capability.workshopId, kind: 'board', board };
  if (!mayWrite(ref, capability, workshopDoc)) {
    const locked = board.kind === 'plenary' && isCommonTableLocked(workshopDoc);
    return refused(locked ? ApiError.commonTableLocked : ApiError.forbidden);
  }
  const facilitating = effectiveCapability(capability, workshopDoc).role === 'facilitator';
  if (!facilitating && readBoardMode(workshopDoc, board) === 'locked') return refused(ApiError.forbidden);
  return undefined;
}
