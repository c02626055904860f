import { checkPhotoAnswer, type PhotoNote } from '@avaa/protocol';
import { type ApiResult, callJson } from './call.ts';
import type { ImageTarget } from './images.ts';

const photoPath = ({ workshop, board }: ImageTarget) =>
  `/api/workshops/${encodeURIComponent(workshop)}/boards/${board.kind === 'plenary' ? 'plenary' : board.group}/photo`;

/**
 * POST …/boards/<board>/photo: the paper notes the server finds on a photo of Avaa's printout
 * (each one's crop stored as an image of the board), nothing added to the board: adding the ones
 * a person accepts is an edit (board-model `addPhotoNotes`). Sent as PNG when it says so, else as
 * JPEG; refusals a page shows: `no-printout-found`, `photo-busy` (with `Retry-After`),
 * `photo-timed-out`, `not-an-image`, `image-too-large`, `body-too-large`, `too-many-images`.
 */
export function postPhoto(target: ImageTarget, file: Blob): Promise<ApiResult<readonly PhotoNote[]>> {
  const type = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
  return callJson(
    { base: target.base, path: photoPath(target), token: target.token },
    { method: 'POST', file: { type, data: file } },
    200,
    checkPhotoAnswer,
  );
}
