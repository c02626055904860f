import type { IncomingMessage, ServerResponse } from 'node:http';
import { ORIGINS, recordStoredImage } from '@avaa/board-model';
import { ApiError, type BoardRef, MAX_IMAGES_PER_BOARD, type PhotoNote } from '@avaa/protocol';
import type { DetectedPhoto } from '../photo/detect.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import type { WorkshopRecord } from '../storage/types.ts';
import type { ApiContext } from './context.ts';
import { readUpload } from './imagesApi.ts';
import { withBoardRoom } from './reactionsApi.ts';
import { type Answer, refused, sendError, sendJson } from './respond.ts';

/**
 * Paper to table (protocol http/photo.ts):
 *
 *   POST /api/workshops/<id>/boards/<board>/photo   a JPEG or PNG body, a token that may write the
 *                                                   board -> 200 PhotoNote[]
 *
 * The same checks and body as an image upload (imagesApi.ts `readUpload`); the photo is read in
 * the photo pool (photo/detect.ts) in the board's workshop's language, and each note's crop is
 * stored as an image of the board, listed in its `images` root like an upload, so one no note
 * takes up is erased after the grace as any unused image. The crops' ids are the SHA-256 of their
 * bytes, which the same photo always gives: posting it again stores nothing twice and answers the
 * same keys. A blank template's QR code names the board it was printed for (protocol's
 * printedLink): a photo of it posted to another board is refused, 409 `printout-of-another-board`,
 * before anything is stored. The photo itself is dropped with the request.
 */
export async function postPhoto(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string, b = '') {
  const upload = await readUpload(ctx, req, res, id, b);
  if (!upload) return;
  const { workshop, board, body } = upload;
  const started = performance.now();
  // A phone that gives up (closed, out of reach) frees its place in the queue.
  const gone = new AbortController();
  res.on('close', () => gone.abort());
  const options = { language: workshop.language, logger: ctx.logger, signal: gone.signal };
  const detected = await ctx.photos.detectPhoto(body, options);
  if (!detected.ok) {
    ctx.logger('info', 'photo-read', { bytes: body.byteLength, error: detected.error, ms: elapsed(started) });
    const retry = detected.error === ApiError.photoBusy ? { 'Retry-After': '10' } : {};
    return sendError(res, detected.error, {}, retry);
  }
  const answer = printedElsewhere(detected.photo, workshop.id, b)
    ? refused(ApiError.printoutOfAnotherBoard)
    : await storeCrops(ctx, workshop, board, detected.photo);
  // Never the text read nor anything of the photo: its size, what was found, how long it took.
  const { width, height, notes } = detected.photo;
  const refusal = answer.status === 200 ? {} : { error: (answer.body as { error?: string }).error };
  const fields = { bytes: body.byteLength, width, height, notes: notes.length, ms: elapsed(started), ...refusal };
  ctx.logger('info', 'photo-read', fields);
  sendJson(res, answer.status, answer.body);
}

/** Whether the photo's QR code names another workshop or board than the one posted to (nothing is stored then). */
function printedElsewhere(photo: DetectedPhoto, workshop: string, board: string): boolean {
  const printed = photo.printedFor;
  return printed !== undefined && (printed.workshop !== workshop || printed.board !== board);
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}

/** Stores each note's crop for the board (once: its id is its bytes' hash) and answers the notes. */
async function storeCrops(
  ctx: ApiContext,
  workshop: WorkshopRecord,
  board: BoardRef,
  photo: DetectedPhoto,
): Promise<Answer> {
  return withWorkshopRoom(ctx.rooms, workshop, (workshopRoom) =>
    withBoardRoom(ctx, workshop, board, workshopRoom.doc, async (room) => {
      for (const note of photo.notes) {
        const { id, bytes, width, height } = note.crop;
        const image = { type: 'image/jpeg', width, height, bytes } as const;
        const put = await ctx.storage.images.put(room.name, id, image, MAX_IMAGES_PER_BOARD);
        // Crops stored before the board filled stay listed, and are erased after the grace unused.
        if (put === 'full') return refused(ApiError.tooManyImages);
        room.doc.transact(
          () => recordStoredImage(room.doc, id, { type: image.type, width, height, storedAt: Date.now() }),
          ORIGINS.storedImage,
        );
      }
      await room.flushed();
      return { status: 200, body: photoNotes(photo) };
    }),
  );
}

function photoNotes(photo: DetectedPhoto): PhotoNote[] {
  return photo.notes.map((note, n) => ({
    key: `${photo.sha256}:${n}`,
    cell: note.cell,
    colour: note.colour,
    text: note.text,
    confidence: Math.round(note.confidence * 1000) / 1000,
    box: note.corners.map(({ x, y }) => ({ x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 })),
    crop: note.crop.id,
    flags: note.flags,
    ...(note.place ? { place: note.place } : {}),
  }));
}
