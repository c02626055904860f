import type { IncomingMessage, ServerResponse } from 'node:http';
import { importWorkshop, validateWorkshopExport, type WorkshopExport } from '@avaa/board-model';
import { roomName, type WorkshopId, workshopRoomName } from '@avaa/protocol';
import * as Y from 'yjs';
import type { RoomSeed } from '../storage/types.ts';
import { storeImportedWorkshop } from '../workshops.ts';
import type { ApiContext } from './context.ts';
import { requestOrigin } from './origin.ts';
import { readJsonBody, sendJson } from './respond.ts';
import { describeNewWorkshop, mayCreate } from './workshopsApi.ts';

/** An export of a large workshop (thousands of notes) fits; see server/README.md. */
export const MAX_IMPORT_BODY_BYTES = 8 * 1024 * 1024;

/**
 * POST /api/workshops/import with an export (`format: 'avaa-workshop'`): a new workshop with the
 * export's people, groups and boards. Open like POST /api/workshops, since anyone may create a
 * workshop and an import creates nothing an empty workshop and typing could not. Answers as
 * creation does (201, id, links, tokens); an invalid export is a 400 listing `{ path, reason }`.
 */
export async function postImport(ctx: ApiContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const origin = requestOrigin(req, ctx.publicUrl);
  if (!origin) return sendJson(res, 400, { error: 'bad-host' });
  if (!mayCreate(ctx, req, res)) return;
  const body = await readJsonBody(req, MAX_IMPORT_BODY_BYTES);
  if (!body.ok) return sendJson(res, body.status, { error: body.error }, { Connection: 'close' });
  const valid = validateWorkshopExport(body.value);
  if (!valid.ok) return sendJson(res, 400, { error: 'invalid-export', errors: valid.errors });
  const { title, language, createdAt } = valid.value.workshop;
  const workshop = await storeImportedWorkshop(ctx.storage, { title, language, createdAt }, (id) =>
    roomSeeds(id, valid.value),
  );
  sendJson(res, 201, describeNewWorkshop(ctx.secret, origin, workshop));
}

/** Each room's whole state as its first log entry: the room loads it like any stored room. */
function roomSeeds(id: WorkshopId, data: WorkshopExport): RoomSeed[] {
  const docs = importWorkshop(data);
  const seeds = [
    { room: workshopRoomName(id), update: Y.encodeStateAsUpdate(docs.workshop) },
    { room: roomName(id), update: Y.encodeStateAsUpdate(docs.plenary) },
    ...[...docs.groups].map(([group, doc]) => ({
      room: roomName(id, { kind: 'group', group }),
      update: Y.encodeStateAsUpdate(doc),
    })),
  ];
  for (const doc of [docs.workshop, docs.plenary, ...docs.groups.values()]) doc.destroy();
  return seeds;
}
