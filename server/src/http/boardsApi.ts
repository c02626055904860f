import type { IncomingMessage, ServerResponse } from 'node:http';
import { type PersonView, readGroups, readPeople } from '@avaa/board-model';
import {
  type GroupBoard,
  type PersonSummary,
  roomName,
  type WorkshopBoards,
  type WorkshopId,
  workshopRoomName,
} from '@avaa/protocol';
import { participantLinkGeneration } from '../auth/revocation.ts';
import type { Room } from '../rooms/room.ts';
import { withWorkshopRoom } from '../rooms/workshopRoom.ts';
import type { ApiContext } from './context.ts';
import { facilitatorRequest } from './facilitatorRequest.ts';
import { roleTokens, syncUrl } from './links.ts';
import { sendJson } from './respond.ts';

/**
 * GET /api/workshops/<id>/boards with the facilitator's token: every room of the workshop and
 * the live groups with their members, so an integration can follow each group's board with
 * stock y-websocket clients.
 */
export async function getBoards(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const checked = await facilitatorRequest(ctx, req, res, id);
  if (!checked) return;
  const { workshop, origin } = checked;
  const { groups, generation } = await withWorkshopRoom(ctx.rooms, workshop, (room) => ({
    groups: describeGroups(workshop.id, room),
    generation: participantLinkGeneration(room.doc),
  }));
  const boards: WorkshopBoards = {
    workshop: { room: workshopRoomName(workshop.id) },
    plenary: { room: roomName(workshop.id) },
    groups,
    sync: { url: syncUrl(origin), tokens: roleTokens(ctx.secret, workshop.id, generation) },
  };
  sendJson(res, 200, boards);
}

function describeGroups(workshopId: WorkshopId, room: Room): GroupBoard[] {
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

function describePerson(person: PersonView): PersonSummary {
  return { id: person.id, name: person.name, role: person.role };
}
