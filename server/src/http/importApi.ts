import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, MAX_IMAGES_PER_BOARD, roomName, type WorkshopId, workshopRoomName } from '@avaa/protocol';
import type { ImportedRoom } from '../jobs/importJob.ts';
import type { RoomSeed } from '../storage/types.ts';
import { MAX_NOTES_PER_BOARD } from '../sync/noteLimit.ts';
import { storeImportedWorkshop } from '../workshops.ts';
import type { ApiContext } from './context.ts';
import { sendJobFailure } from './exportLimits.ts';
import { requestOrigin } from './origin.ts';
import { readBody, sendBodyError, sendError, sendJson } from './respond.ts';
import { describeNewWorkshop, mayCreate } from './workshopsApi.ts';

/**
 * An export of a large workshop (thousands of notes) fits; see server/README.md. A board's Yjs
 * state is smaller than its JSON, so no imported room can outgrow the 8 MiB a room may hold.
 */
export const MAX_IMPORT_BODY_BYTES = 8 * 1024 * 1024;

/**
 * POST /api/workshops/import with an export (`format: 'avaa-workshop'`): a new workshop with the
 * export's people, groups and boards. Open like POST /api/workshops, and counted against the
 * same per-address creation limit: anyone may create a workshop, and an import creates nothing
 * an empty workshop and typing could not (the same bounds as live edits: 2,000 notes a board).
 * Answers as creation does (201, id, links, tokens); an invalid export is a 400 listing
 * `{ path, reason }`. Parsing and validating run in the job pool, off the event loop.
 */
export async function postImport(ctx: ApiContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const origin = requestOrigin(req, ctx.links);
  if (origin === undefined) return sendError(res, ApiError.badHost);
  if (!mayCreate(ctx, req, res)) return;
  const body = await readBody(req, MAX_IMPORT_BODY_BYTES);
  if (!body.ok) return sendBodyError(res, body.error);
  const parsed = await ctx.jobs
    .run('import', { body: body.chunks, maxNotesPerBoard: MAX_NOTES_PER_BOARD }, ctx.logger)
    .catch((error: unknown) => sendJobFailure(res, error));
  if (!parsed) return;
  if (!parsed.ok) {
    return sendError(res, parsed.error, 'errors' in parsed ? { errors: parsed.errors } : {});
  }
  const { rooms } = parsed;
  const workshop = await storeImportedWorkshop(ctx.storage, parsed.workshop, (id) => roomSeeds(id, rooms));
  // After the workshop's own transaction: the boards list them already, and nobody has the link yet.
  for (const { board, ...image } of parsed.images) {
    const room = board === 'plenary' ? roomName(workshop.id) : roomName(workshop.id, { kind: 'group', group: board });
    await ctx.storage.images.put(room, image.id, image, MAX_IMAGES_PER_BOARD);
  }
  sendJson(res, 201, describeNewWorkshop(ctx.secret, origin, workshop));
}

/** Each room's whole state as its first log entry: the room loads it like any stored room. */
function roomSeeds(id: WorkshopId, rooms: readonly ImportedRoom[]): RoomSeed[] {
  return rooms.map(({ kind, group, update }) => ({
    room:
      kind === 'workshop'
        ? workshopRoomName(id)
        : kind === 'plenary'
          ? roomName(id)
          : roomName(id, { kind: 'group', group: group ?? 0 }),
    update,
  }));
}
