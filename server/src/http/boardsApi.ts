import type { IncomingMessage, ServerResponse } from 'node:http';
import { type PersonView, readGroups, readPeople } from '@avaa/board-model';
import { isWorkshopId, roomName, type WorkshopId, workshopRoomName } from '@avaa/protocol';
import type { Room } from '../rooms/room.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import type { ApiContext } from './context.ts';
import { roleTokens, syncUrl } from './links.ts';
import { requestOrigin } from './origin.ts';
import { authorize } from './requestAuth.ts';
import { sendJson } from './respond.ts';

/**
 * GET /api/workshops/<id>/boards with the facilitator's token: every room of the workshop and
 * the live groups with their members, so an integration can follow each group's board with
 * stock y-websocket clients.
 */
export async function getBoards(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const capability = authorize(ctx.secret, req, id);
  if (!capability) return sendJson(res, 401, { error: 'unauthorized' });
  const workshop = isWorkshopId(id) ? await ctx.storage.getWorkshop(id) : undefined;
  if (!workshop) return sendJson(res, 404, { error: 'workshop-not-found' });
  if (capability.role !== 'facilitator') return sendJson(res, 403, { error: 'forbidden' });
  const origin = requestOrigin(req, ctx.publicUrl);
  if (!origin) return sendJson(res, 400, { error: 'bad-host' });
  const groups = await withWorkshopRoom(ctx.rooms, workshop, (room) => describeGroups(workshop.id, room));
  sendJson(res, 200, {
    workshop: { room: workshopRoomName(workshop.id) },
    plenary: { room: roomName(workshop.id) },
    groups,
    sync: { url: syncUrl(origin), tokens: roleTokens(ctx.secret, workshop.id) },
  });
}

function describeGroups(workshopId: WorkshopId, room: Room) {
  const people = new Map(readPeople(room.doc).map((person) => [person.id, person]));
  return readGroups(room.doc).map((group) => ({
    number: group.number,
    room: roomName(workshopId, { kind: 'group', group: group.number }),
    members: group.members.flatMap((member) => {
      const person = people.get(member);
      return person ? [describePerson(person)] : [];
    }),
  }));
}

function describePerson(person: PersonView) {
  return { id: person.id, name: person.name, role: person.role };
}
