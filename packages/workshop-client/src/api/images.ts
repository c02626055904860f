import {
  type BoardRef,
  checkStoredImageAnswer,
  type ImageId,
  type StoredImageAnswer,
  type WorkshopId,
} from '@avaa/protocol';
import { type ApiResult, callJson, callRaw } from './call.ts';

/** The board whose images, and a token that may write it (upload) or read it. */
export type ImageTarget = {
  readonly base: string;
  readonly workshop: WorkshopId;
  readonly board: BoardRef;
  readonly token: string;
};

const imagesPath = ({ workshop, board }: ImageTarget) =>
  `/api/workshops/${encodeURIComponent(workshop)}/boards/${board.kind === 'plenary' ? 'plenary' : board.group}/images`;

/**
 * POST …/boards/<board>/images: stores a photo or picture for the board (the server re-encodes it
 * without metadata) and answers its id, which a note may then carry (board-model `setNoteImage`,
 * once the board's `images` lists it). Sent as PNG when it says so, else as JPEG: the server
 * decides by the bytes and refuses anything else (`not-an-image`).
 */
export function uploadImage(target: ImageTarget, file: Blob): Promise<ApiResult<StoredImageAnswer>> {
  const type = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
  return callJson(
    { base: target.base, path: imagesPath(target), token: target.token },
    { method: 'POST', file: { type, data: file } },
    201,
    checkStoredImageAnswer,
  );
}

/** GET …/boards/<board>/images/<id>: the image's bytes (a token that reads the board). */
export async function fetchImage(target: ImageTarget, id: ImageId): Promise<ApiResult<Blob>> {
  const answer = await callRaw(
    { base: target.base, path: `${imagesPath(target)}/${id}`, token: target.token },
    {},
    200,
  );
  return answer.ok ? { ok: true, value: await answer.value.blob() } : answer;
}
