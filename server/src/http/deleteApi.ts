import type { IncomingMessage, ServerResponse } from 'node:http';
import { deleteWorkshop } from '../rooms/workshopDeletion.ts';
import type { ApiContext } from './context.ts';
import { facilitatorRequest } from './facilitatorRequest.ts';
import { BASE_HEADERS } from './respond.ts';

/**
 * DELETE /api/workshops/<id> with the facilitator's token: deletes the workshop at once. Its
 * sockets close with 4404, and the workshop and every board's stored state are deleted and
 * purged from the database files (server/README.md "Retention and erasure"). 204; 404 after.
 */
export async function deleteWorkshopApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const checked = await facilitatorRequest(ctx, req, res, id);
  if (!checked) return;
  await deleteWorkshop(ctx.rooms, ctx.storage, checked.workshop.id);
  res.writeHead(204, BASE_HEADERS);
  res.end();
}
